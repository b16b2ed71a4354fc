import { describe, expect, it } from 'vitest';
import { chooseLanguage, fromTag } from './language';

describe('chooseLanguage', () => {
  it('follows the browser: Welsh when its language is Welsh, English otherwise', () => {
    expect(chooseLanguage(undefined, 'cy')).toBe('cy');
    expect(chooseLanguage(undefined, 'cy-GB')).toBe('cy');
    expect(chooseLanguage(undefined, 'en-GB')).toBe('en');
    expect(chooseLanguage(undefined, 'fr')).toBe('en');
    expect(chooseLanguage(undefined, '')).toBe('en');
  });
  it('lets the resident’s stored choice win over the browser', () => {
    expect(chooseLanguage('en', 'cy')).toBe('en');
    expect(chooseLanguage('cy', 'en-US')).toBe('cy');
  });
  it('ignores a stored value it does not know', () => {
    expect(chooseLanguage('fr', 'cy')).toBe('cy');
    expect(chooseLanguage(42, 'en')).toBe('en');
  });
  it('reads language tags', () => {
    expect(fromTag('CY_gb')).toBe('cy');
    expect(fromTag('en')).toBe('en');
    expect(fromTag('de-DE')).toBeNull();
    expect(fromTag(null)).toBeNull();
  });
});
