// Whether two items of a notice say the same thing in other words. The corpus scorer's idea of a
// match (one contains the other, or they share half their words), with word stems compared so
// "collecting council tax" and "to collect Council Tax" agree. Used to tell a reworded notice from
// a changed one, and by the corpus test to score our items against the gold labels.

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'for', 'our', 'your', 'you', 'with', 'this', 'that', 'any', 'we', 'us', 'in', 'on', 'or', 'by', 'eg']);

/** Lower case, '&' as 'and', apostrophes dropped, everything but letters, digits, '@' and '.' a space. */
export function plainWords(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/['’]/g, '').replace(/[^a-z0-9@.]+/g, ' ')
    .replace(/\b(?:the|a|an|of|and|e g|eg)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

const wordSet = (text: string) => new Set(plainWords(text).split(' ').filter(Boolean));
const stem = (w: string) => w.replace(/(?:ing|ed|es|e|s)$/, '');
const stemSet = (text: string) => new Set([...wordSet(text)].filter((w) => !STOP.has(w)).map(stem).filter((w) => w.length > 1));

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The scorer's match: one contains the other, or they share half their words. */
export function similar(a: string, b: string): boolean {
  const x = plainWords(a), y = plainWords(b);
  if (x.length > 2 && y.length > 2 && (x.includes(y) || y.includes(x))) return true;
  return jaccard(wordSet(a), wordSet(b)) >= 0.5;
}

/** `similar`, or the same stems for the most part ("collecting council tax" ~ "to collect Council Tax"). */
export function sameMeaning(a: string, b: string): boolean {
  return similar(a, b) || jaccard(stemSet(a), stemSet(b)) >= 0.6;
}

/**
 * Pairs the items of two lists one to one by meaning, the closest first, and returns what is left
 * on each side: what only `before` has (removed) and what only `after` has (added). `alsoAgree`
 * can ask more of a pair than meaning (a retention span must keep its numbers).
 */
export function unmatched<T>(before: T[], after: T[], text: (t: T) => string,
  alsoAgree: (a: string, b: string) => boolean = () => true): { removed: T[]; added: T[] } {
  const usedAfter = new Set<number>();
  const removed: T[] = [];
  // Exact wording first, so a reordered list pairs each item with its own twin.
  const exact = new Map<string, number[]>();
  after.forEach((t, i) => { const k = plainWords(text(t)); exact.set(k, [...(exact.get(k) ?? []), i]); });
  const left: T[] = [];
  for (const b of before) {
    const free = (exact.get(plainWords(text(b))) ?? []).find((i) => !usedAfter.has(i));
    if (free === undefined) left.push(b); else usedAfter.add(free);
  }
  for (const b of left) {
    const i = after.findIndex((a, j) => !usedAfter.has(j) && sameMeaning(text(b), text(a)) && alsoAgree(text(b), text(a)));
    if (i < 0) removed.push(b); else usedAfter.add(i);
  }
  return { removed, added: after.filter((_, i) => !usedAfter.has(i)) };
}
