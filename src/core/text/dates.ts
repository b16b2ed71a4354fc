// UK-style dates as notices print them: "06 July 2023", "6th July 2023", "July 2023", "06/07/2023",
// "2023-07-06". Returns ISO "YYYY-MM-DD" or "YYYY-MM" (month only), or null.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '((?:19|20)\\d{2})';

export const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${YEAR}\\b`, 'i'), read: (m) => iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!) },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'i'), read: (m) => iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!) },
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  { re: new RegExp(`\\b${MONTH}\\.?,?\\s+${YEAR}\\b`, 'i'), read: (m) => iso(+m[2]!, MONTHS[m[1]!.toLowerCase()]!) },
];

function iso(year: number, month: number, day?: number): string | null {
  if (!(month >= 1 && month <= 12) || year < 1990 || year > 2100) return null;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || day < 1) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** The first date in a text, with where it was found. */
export function findDate(text: string): { iso: string; index: number } | null {
  let best: { iso: string; index: number } | null = null;
  for (const { re, read } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const value = read(m);
    if (value && (!best || m.index < best.index)) best = { iso: value, index: m.index };
  }
  return best;
}

/** The whole text is a date and nothing else (a dateline under a title). */
export function isDateOnly(text: string): string | null {
  const t = text.trim().replace(/^(?:dated?|issued|version\s*[\d.]*\s*[-–:,]?)\s*:?\s*/i, '')
    .replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, '');
  const found = findDate(t);
  if (!found || found.index > 0) return null;
  const rest = t.replace(/^\s*[\w\s,./-]*?(19|20)\d{2}\b/, '').trim();
  return rest.length <= 1 ? found.iso : null;
}
