import { describe, expect, it } from 'vitest';
import { languageOfText } from './text-language';

describe('languageOfText', () => {
  it('tells Welsh notice words from English ones', () => {
    expect(languageOfText('Mae gennych hawl i ofyn am gopïau o’ch gwybodaeth bersonol.')).toBe('cy');
    expect(languageOfText('Cyngor Sir Penfro yw’r rheolydd data.')).toBe('cy');
    expect(languageOfText('We keep your records for six years.')).toBe('en');
    expect(languageOfText('Police')).toBe('en');
  });
});
