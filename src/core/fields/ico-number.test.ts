import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../input/text';
import { buildStructure } from '../sections';
import { icoRegistrationNumber } from './ico-number';

const read = (t: string) => icoRegistrationNumber(buildStructure(blocksFromText(t)));

describe('icoRegistrationNumber', () => {
  it('reads the three shapes of number', () => {
    expect(read('Our ICO registration number is Z1234567.')).toBe('Z1234567');
    expect(read('Registration: ZA765432')).toBe('ZA765432');
    expect(read('Registered as z123456x with the regulator.')).toBe('Z123456X');
    expect(read('ICO registration number: ZA 765432')).toBe('ZA765432');
  });
  it('ignores look-alikes', () => {
    expect(read('Quote reference Z12345 or ZZ1234567 or AZ1234567.')).toBeNull();
  });
});
