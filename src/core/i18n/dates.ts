// Dates in words, "12 September 2025" / "12 Medi 2025", from our own month names: browsers'
// Welsh locale data is often missing (Debian's Chromium writes "2025 M09 12" for cy).
import type { Language } from './language';

const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

/** An ISO date (YYYY-MM-DD or YYYY-MM) in words; the input unchanged if it is not one. */
export function dateInWords(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  const month = m ? MONTHS[language][Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A Date's calendar day (UTC) in words. */
export const dayInWords = (date: Date, language: Language) => dateInWords(date.toISOString().slice(0, 10), language);
