// Is this page a privacy notice (or one part of a multi-page notice), and is it a council's?
// A score from weighted signals, each reported in words so a person can see why.
import type { Structure } from './sections';
import { findCouncilNames, isCouncilName, isLocalGovHost } from './text/councils';
import type { Topic } from './topics/lexicon';
import { NOT_NOTICE_TITLE, NOTICE_TITLE } from './topics/titles';

/** Titles of one part of a notice ("How long we keep your data"). */
const TITLE_ABOUT_DATA = /\b(?:your|personal)\s+(?:data|information|details)\b|\bdata\s+protection\b/i;
const URL_NOTICE = /privacy|fair-?processing|data-?protection|gdpr|your-?data/i;

/** Topics a notice is made of; a page touching several of them is one (or part of one). */
const CORE_TOPICS: Topic[] = ['controller', 'purposes', 'lawful-basis', 'data-collected', 'recipients', 'retention', 'rights', 'transfers', 'automated-decisions', 'sources', 'dpo', 'special-category'];

const BODY_CUES: [string, RegExp][] = [
  ['names a data controller', /\bdata\s+controller\b|\bis the controller\b/i],
  ['states a lawful basis', /\b(?:legal|lawful)\s+basis\b|\bArticle\s+6\b|\bpublic\s+task\b|\blegal\s+obligation/i],
  ['speaks of personal data', /\bpersonal\s+(?:data|information)\b|\byour\s+(?:data|information)\b/i],
  ['says how long data is kept', /\bhow long\b|\bretention\b|\bretain\b|\bkeep your (?:data|information)\b/i],
  ['mentions the ICO', /\binformation commissioner|\bICO\b/i],
  ['names data protection law', /\bGDPR\b|\bData Protection Act\b/i],
  ['says who data is shared with', /\bshare[sd]?\b[^.]{0,40}\bwith\b/i],
];

export interface Detection { isPrivacyNotice: boolean; score: number; isCouncil: boolean; signals: string[] }

const round = (n: number) => Math.round(n * 100) / 100;

export function detect(s: Structure, controllerName: string | null): Detection {
  const signals: string[] = [];
  let score = 0;
  const title = s.doc.title ?? '';
  const h1 = s.doc.blocks.find((b) => b.kind === 'heading')?.text ?? '';
  const titleText = `${title} ${h1}`;
  const text = s.units.map((u) => u.text).join('\n');

  if (NOTICE_TITLE.test(titleText)) { score += 0.35; signals.push(`title: ${(NOTICE_TITLE.exec(titleText)?.[0] ?? '').toLowerCase()}`); }
  else if (TITLE_ABOUT_DATA.test(titleText)) { score += 0.2; signals.push(`title about data: ${(TITLE_ABOUT_DATA.exec(titleText)?.[0] ?? '').toLowerCase()}`); }
  if (s.doc.url && URL_NOTICE.test(s.doc.url)) { score += 0.1; signals.push('address mentions privacy or data protection'); }

  const topics = new Set<Topic>();
  for (const sec of s.sections) for (const t of sec.headingTopics) if (CORE_TOPICS.includes(t)) topics.add(t);
  for (const sec of s.sections.filter((x) => x.headingTopics.some((t) => CORE_TOPICS.includes(t))).slice(0, 4)) {
    signals.push(`heading: ${sec.heading}`);
  }
  score += Math.min(0.48, topics.size * 0.12);

  let cues = 0;
  for (const [name, re] of BODY_CUES) if (re.test(text)) { cues++; signals.push(`body ${name}`); }
  score += Math.min(0.3, cues * 0.06);

  const negative = NOT_NOTICE_TITLE.test(titleText) && !/\bprivacy\s+notice\b/i.test(h1);
  if (negative) { score -= 0.5; signals.push(`title reads like another kind of page: ${NOT_NOTICE_TITLE.exec(titleText)?.[0]}`); }
  // A page that is mostly links (an index of notices) is not itself a notice.
  const linkChars = s.doc.blocks.reduce((n, b) => n + b.links.reduce((m, l) => m + l.text.length, 0), 0);
  const allChars = s.doc.blocks.reduce((n, b) => n + b.text.length, 0) || 1;
  if (linkChars / allChars > 0.6 && allChars > 200) { score -= 0.4; signals.push('page is mostly links'); }
  if (allChars < 200) { score -= 0.3; signals.push('too little text to be a notice'); }
  if (!/\b(?:the|and|your|we|data|information)\b/i.test(text)) { score -= 0.3; signals.push('not written in English'); }

  if (s.doc.truncated) signals.push('very long page: only the first part was read');
  score = Math.max(0, Math.min(1, score));
  const isPrivacyNotice = score >= 0.45 && (topics.size >= 2 || NOTICE_TITLE.test(titleText)) && !negative;
  return { isPrivacyNotice, score: round(score), isCouncil: isCouncil(s, text, controllerName, signals), signals };
}

const COUNCIL_REFERENCE = /\b(?:the|this|our|your local)\s+council\b|\bcouncil(?:'s|’s)?\s+(?:service|services|tax|website|systems?)\b/i;

function isCouncil(s: Structure, text: string, controllerName: string | null, signals: string[]): boolean {
  if (controllerName && isCouncilName(controllerName)) { signals.push(`controller is a council: ${controllerName}`); return true; }
  // The page's title names the council whose notice it is ("Electoral registration – Anytown Council").
  const titled = findCouncilNames(`${s.doc.title ?? ''}\n${s.doc.blocks.find((b) => b.kind === 'heading')?.text ?? ''}`)[0];
  if (titled) { signals.push(`title names a council: ${titled.name}`); return true; }
  const hosts = new Set<string>();
  if (s.doc.url) try { hosts.add(new URL(s.doc.url).hostname); } catch { /* not a URL: no host */ }
  // The site named in the text as "this website - x.gov.uk"
  for (const m of text.matchAll(/\b(?:this|our)\s+(?:web)?site\b[^.\n]{0,20}?\b((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.uk|gov\.wales|gov\.scot))\b/gi)) hosts.add(m[1]!);
  const localHost = [...hosts].find(isLocalGovHost);
  if (localHost && (COUNCIL_REFERENCE.test(text) || findCouncilNames(text).length)) {
    signals.push(`council site: ${localHost}`);
    return true;
  }
  return false;
}
