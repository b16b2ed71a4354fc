import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on full stops but not abbreviations', () => {
    expect(splitSentences('We share it with courts, e.g. the County Court. We keep it. See No. 5 below.')).toEqual([
      'We share it with courts, e.g. the County Court.', 'We keep it.', 'See No. 5 below.',
    ]);
  });
  it('treats line breaks as boundaries and returns verbatim pieces', () => {
    const text = 'Town Hall\nAnytown AN1 2BC';
    for (const piece of splitSentences(text)) expect(text).toContain(piece);
    expect(splitSentences(text)).toEqual(['Town Hall', 'Anytown AN1 2BC']);
  });
});
