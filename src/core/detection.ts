// Is this page a privacy notice (or one part of a multi-page notice), and is it a council's?
// A score from weighted signals, each reported in words so a person can see why.
import type { Fields } from './fields';
import type { Structure } from './sections';
import { councilOfHost, findCouncilNames, isCouncilHost, isCouncilName } from './text/councils';
import type { Topic } from './topics/lexicon';
import { councilServiceWeight, OTHER_BODY_NAME, OTHER_BODY_SELF } from './topics/council-services';
import { NOT_NOTICE_TITLE, NOTICE_TITLE } from './topics/titles';

/** Titles of one part of a notice ("How long we keep your data"). */
const TITLE_ABOUT_DATA = /\b(?:your|personal)\s+(?:data|information|details)\b|\bdata\s+protection\b|\bdata\s+personol\b|\bdiogelu\s+data\b|\bgwybodaeth\s+bersonol\b/i;
const URL_NOTICE = /privacy|fair-?processing|data-?protection|gdpr|your-?data|preifatrwydd/i;
/** How far down the page a title may stand (banners and menus come first on copied pages). */
const TITLE_WITHIN_BLOCKS = 12;

/** A page that calls itself a notice near its top: "This privacy notice explains how we use…". */
const SELF_NAMED = /\b(?:this|our|the following)\s+(?:[\w’'-]+\s+){0,3}(?:privacy|fair\s+processing|data\s+protection)\s+(?:notice|statement)\b(?!s)|\bthis\s+(?:notice|statement|page)\s+(?:explains|sets out|describes|tells you|provides)\b[^.]{0,60}\b(?:personal|your)\s+(?:data|information)\b|\b(?:called|known as)\s+a\s+(?:fair\s+processing|privacy)\s+notice\b|\b(?:yr\s+)?hysbysiad\s+preifatrwydd\s+hwn\b/i;
const SELF_NAMED_WITHIN_BLOCKS = 8;

/** Topics a notice is made of; a page touching several of them is one (or part of one). */
const CORE_TOPICS: Topic[] = ['controller', 'purposes', 'lawful-basis', 'data-collected', 'recipients', 'retention', 'rights', 'transfers', 'automated-decisions', 'sources', 'dpo', 'special-category'];

const BODY_CUES: [string, RegExp][] = [
  ['names a data controller', /\bdata\s+controller\b|\bis the controller\b|\brheolydd data\b/i],
  ['states a lawful basis', /\b(?:legal|lawful)\s+basis\b|\bArticle\s+6\b|\bpublic\s+task\b|\blegal\s+obligation|\bsail gyfreithiol\b/i],
  ['speaks of personal data', /\bpersonal\s+(?:data|information)\b|\byour\s+(?:data|information)\b|\bdata personol\b|\bgwybodaeth bersonol\b/i],
  ['says how long data is kept', /\bhow long\b|\bretention\b|\bretain\b|\bkeep your (?:data|information)\b|\bam ba hyd\b|\bcadw eich\b/i],
  ['mentions the ICO', /\binformation commissioner|\bICO\b|\bComisiynydd Gwybodaeth\b/i],
  ['names data protection law', /\bGDPR\b|\bData Protection Act\b|\bDeddf Diogelu Data\b|\bGDPR y DU\b/i],
  ['says who data is shared with', /\bshare[sd]?\b[^.]{0,40}\bwith\b|\brhannu\b/i],
];

/** What the field rules found: a page whose sections yield these is a notice whatever its title. */
const FIELD_SIGNS: [string, (f: Fields) => boolean][] = [
  ['a controller', (f) => !!f.controller.name],
  ['purposes', (f) => f.purposes.length > 0],
  ['lawful bases', (f) => f.lawfulBases.length > 0],
  ['the data collected', (f) => f.personalData.length > 0],
  ['recipients', (f) => f.recipients.length > 0],
  ['retention', (f) => f.retention.status !== 'not-stated'],
  ['rights', (f) => f.rights.length > 0],
  ['a data protection officer', (f) => f.dataProtectionOfficer.mentioned],
  ['the right to complain to the ICO', (f) => f.complaint.icoMentioned],
];

export interface Detection { isPrivacyNotice: boolean; score: number; isCouncil: boolean; signals: string[] }

const round = (n: number) => Math.round(n * 100) / 100;

/** The page's title and the headings near its top: where a page says what it is. */
function titleTextOf(s: Structure): string {
  const top = s.doc.blocks.slice(0, TITLE_WITHIN_BLOCKS).filter((b) => b.kind === 'heading').map((b) => b.text);
  return [s.doc.title ?? '', ...top].join('\n');
}

export function detect(s: Structure, fields: Fields): Detection {
  const signals: string[] = [];
  let score = 0;
  const titleText = titleTextOf(s);
  const text = s.units.map((u) => u.text).join('\n');

  const opening = s.doc.blocks.slice(0, SELF_NAMED_WITHIN_BLOCKS).map((b) => b.text).join('\n');
  const selfNamed = SELF_NAMED.exec(opening)?.[0];
  const titled = NOTICE_TITLE.exec(titleText)?.[0];
  const noticeTitle = !!titled || !!selfNamed;
  if (titled) { score += 0.35; signals.push(`title: ${titled.toLowerCase()}`); }
  else if (selfNamed) { score += 0.35; signals.push(`calls itself a notice: ${selfNamed.toLowerCase()}`); }
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

  const found = FIELD_SIGNS.filter(([, has]) => has(fields)).map(([name]) => name);
  if (found.length) signals.push(`found ${found.length} of the parts of a notice`);
  score += Math.min(0.42, found.length * 0.07);
  /** Enough of a notice's parts that no title or cookie section outweighs them. */
  const whole = found.length >= 5;

  const negativeTitle = NOT_NOTICE_TITLE.test(titleText) && !/\bprivacy\s+notice\b/i.test(titleText);
  const negative = negativeTitle && !whole;
  if (negative) { score -= 0.5; signals.push(`title reads like another kind of page: ${NOT_NOTICE_TITLE.exec(titleText)?.[0]}`); }
  // A page that is mostly links (an index of notices) is not itself a notice.
  const linkChars = s.doc.blocks.reduce((n, b) => n + b.links.reduce((m, l) => m + l.text.length, 0), 0);
  const allChars = s.doc.blocks.reduce((n, b) => n + b.text.length, 0) || 1;
  if (linkChars / allChars > 0.6 && allChars > 200) { score -= 0.4; signals.push('page is mostly links'); }
  if (allChars < 200) { score -= 0.3; signals.push('too little text to be a notice'); }
  if (!/\b(?:the|and|your|we|data|information|eich|gwybodaeth|yn|a|y)\b/i.test(text)) { score -= 0.3; signals.push('not written in English or Welsh'); }

  if (s.doc.truncated) signals.push('very long page: only the first part was read');
  score = Math.max(0, Math.min(1, score));
  const isPrivacyNotice = score >= 0.45 && (topics.size >= 2 || noticeTitle || found.length >= 3) && !negative;
  return { isPrivacyNotice, score: round(score), isCouncil: isCouncil(s, titleText, text, fields.controller.name, signals), signals };
}

/** How a council's own notice speaks of itself: "the Council", "our council", "y Cyngor". */
const COUNCIL_REFERENCE = /\b(?:the|this|our)\s+councils?\b(?!\s+of\s+europe)|\b(?:we are|as)\s+a\s+local\s+authority\b|\bthe\s+local\s+authority\s+is\s+(?:a|the)\s+(?:data\s+)?controller\b|\bcouncil(?:'s|’s)?\s+(?:service|services|website|systems?|behalf|data|privacy|departments?|teams?|officers?|staff)\b|\by\s+Cyngor\b/i;
/** How strongly a notice must speak of council services to be taken as a council's (see council-services.ts). */
const MIN_COUNCIL_SERVICE_WEIGHT = 2;

function isCouncil(s: Structure, titleText: string, text: string, controllerName: string | null, signals: string[]): boolean {
  if (controllerName && isCouncilName(controllerName)) { signals.push(`controller is a council: ${controllerName}`); return true; }
  // The page's title names the council whose notice it is ("Electoral registration – Anytown Council").
  const titled = findCouncilNames(titleText)[0];
  if (titled) { signals.push(`title names a council: ${titled.name}`); return true; }
  if (controllerName && OTHER_BODY_NAME.test(controllerName)) return false;
  let host: string | null = null;
  if (s.doc.url) try { host = new URL(s.doc.url).hostname; } catch { /* not a URL: no host */ }
  if (host && isCouncilHost(host)) { signals.push(`council site: ${councilOfHost(host) ?? host}`); return true; }
  const named = findCouncilNames(text)[0];
  if (named) { signals.push(`names a council: ${named.name}`); return true; }
  if (COUNCIL_REFERENCE.test(text)) { signals.push('speaks of itself as the council'); return true; }
  if (councilServiceWeight(text) >= MIN_COUNCIL_SERVICE_WEIGHT && !OTHER_BODY_SELF.test(text)) { signals.push('about services only councils run'); return true; }
  return false;
}
