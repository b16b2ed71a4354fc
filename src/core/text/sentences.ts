// Sentence splitting tuned for notices: keeps "e.g.", "i.e.", "No. 5", "St. Peter's" together,
// and treats line breaks (addresses, contact blocks) as boundaries. Every piece is a verbatim
// substring of its input, so it can serve as evidence.

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|no|nos|st|dr|mr|mrs|ms|cllr|co|ltd|inc|vs|approx|dept|tel|ref|art|para|sec|ch|reg|gov|min|max|fig|v)\.|\b[A-Z]\.)$/i;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let start = 0;
    const re = /[.!?]["'”’)]*\s+(?=["'‘“(]?[A-Z0-9•])/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const end = m.index + m[0].trimEnd().length;
      const candidate = line.slice(start, end);
      if (ABBREVIATIONS.test(line.slice(0, m.index + 1))) continue;
      if (candidate.trim()) out.push(candidate.trim());
      start = m.index + m[0].length;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
