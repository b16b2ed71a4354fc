// The controller's ICO registration number: Z + 7 digits, Z + 6 digits + X, or ZA/ZB + 6 digits.
import type { Structure } from '../sections';

// Sometimes printed with a space after the letters ("ZA 123456").
const ICO_NUMBER = /\b(Z\s?[0-9]{7}|Z\s?[0-9]{6}X|Z[AB]\s?[0-9]{6})\b/;

export function icoRegistrationNumber(s: Structure): string | null {
  for (const u of s.units) {
    const m = ICO_NUMBER.exec(u.text.toUpperCase());
    if (m) return m[1]!.replace(/\s/g, '');
  }
  return null;
}
