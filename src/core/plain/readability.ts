// Reading grade of our own sentences (Flesch–Kincaid, syllables counted by the `syllable`
// package). Words quoted from the notice (inside “…”) are the council's, not ours, so each
// quotation counts as one short word.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function readingGrade(sentences: string[]): number {
  const own = sentences.map((s) => s.replace(/“[^”]*”/g, 'it'));
  const words = own.flatMap((s) => s.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []);
  if (!words.length) return 0;
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  return Math.round(fleschKincaid({ sentence: own.length, word: words.length, syllable: syllables }) * 10) / 10;
}
