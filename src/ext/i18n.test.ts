// Welsh must say everything English says: every key, the same placeholders, no empty message.
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../core/i18n/format-message';
import { LANGUAGES } from '../core/i18n/language';
import { MESSAGES, messageIn } from './i18n';

const en = MESSAGES.en;

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s messages', (language) => {
  const table = MESSAGES[language];
  it('have every key of English, and no key English lacks', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
  });
  it('use the same placeholders as English in every message', () => {
    for (const key of Object.keys(en)) expect([key, placeholdersOf(table[key]!)]).toEqual([key, placeholdersOf(en[key]!)]);
  });
  it('have no empty message', () => {
    for (const [key, entry] of Object.entries(table)) expect([key, entry.message.trim().length > 0]).toEqual([key, true]);
  });
  it('name their own language, so the extension knows which one the browser chose', () => expect(table.languageCode!.message).toBe(language));
  it('fit the badge in 4 characters', () => expect(table.badgeFound!.message.length).toBeLessThanOrEqual(4));
});

describe('messageIn', () => {
  it('speaks the language asked for, with placeholders filled', () => {
    expect(messageIn('en', 'lastUpdated', '1 May 2025')).toBe('Last updated: 1 May 2025');
    expect(messageIn('cy', 'lastUpdated', '1 Mai 2025')).toBe('Diweddarwyd ddiwethaf: 1 Mai 2025');
  });
  it('falls back to the key for an unknown message', () => expect(messageIn('cy', 'noSuchKey')).toBe('noSuchKey'));
});

describe('Welsh placeholders and mutation', () => {
  // A council's name after "i", "at", "gan"… would have to mutate (i Gyngor), which a placeholder
  // cannot do; so such words may stand before a placeholder only when it holds a number, a date
  // or an email address. The messages allowed to, with what their placeholder holds:
  const NOT_A_NAME: Record<string, string> = {
    'emailLetter $1': 'email', 'showingRows $2': 'number', 'chartRow $2': 'number', 'icsDescription $1': 'date',
    'icsDescription $2': 'email or address', 'icoNeedDates $1': 'date', 'deleteConfirm $2': 'number',
  };
  it('never put a placeholder after a word that mutates what follows, unless it holds no name', () => {
    const found: string[] = [];
    for (const [key, entry] of Object.entries(MESSAGES.cy)) {
      for (const m of entry.message.matchAll(/(?<=^|\s)(?:i|at|gan|am|o|dros|drwy|trwy|heb|dan|wrth|hyd|â|a|gyda|tua|efo|ar|yn|ei|dau|dwy)\s+(\$\d)/g)) found.push(`${key} ${m[1]}`);
    }
    expect(found.filter((f) => !NOT_A_NAME[f])).toEqual([]);
  });
});
