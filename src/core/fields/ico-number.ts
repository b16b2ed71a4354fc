// The controller's ICO registration number: Z + 7 digits, Z + 6 digits + X, or ZA/ZB + 6 digits.
import type { Structure } from '../sections';

const ICO_NUMBER = /\b(Z[0-9]{7}|Z[0-9]{6}X|Z[AB][0-9]{6})\b/;

export function icoRegistrationNumber(s: Structure): string | null {
  for (const u of s.units) {
    const m = ICO_NUMBER.exec(u.text.toUpperCase());
    if (m) return m[1]!;
  }
  return null;
}
