import { describe, expect, it } from 'vitest';
import { councilServiceWeight } from './council-services';

describe('councilServiceWeight', () => {
  it('counts a service only councils run twice and a shared one once', () => {
    expect(councilServiceWeight('We collect business rates from you.')).toBe(2);
    expect(councilServiceWeight('Our adult social care team works with you.')).toBe(1);
    expect(councilServiceWeight('We deliver parcels.')).toBe(0);
  });
});
