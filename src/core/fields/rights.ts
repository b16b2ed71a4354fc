// The data-subject rights the notice itself names. "You have a number of rights" names none.
import { bodyUnits, type Structure } from '../sections';
import { RIGHTS, type Evidence, type Right } from '../types';
import { evidenceOf } from './evidence';

export const RIGHT_PATTERNS: Record<Right, RegExp[]> = {
  informed: [/\bright\s+to\s+be\s+informed\b/i, /\brights?\s+to\s+(?:know|understand|be told)\s+how\b/i, /\bhawl i gael (?:eich )?hysbysu\b|\bhawl i gael gwybod\b/i],
  access: [
    /\bright\s+(?:of|to)\s+(?:\w+\s+)?access\b/i, /\bsubject\s+access\b/i, /^(?:the\s+)?access\s+to\s+(?:your\s+)?(?:personal\s+)?(?:data|information)\b/i,
    /\b(?:request|ask\s+for|get|obtain|receive)\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the\s+|your\s+)?(?:personal\s+)?(?:data|information|records?)\b/i,
    /\bright\s+to\s+(?:see|request|ask for)\s+(?:the\s+|your\s+)?(?:personal\s+)?(?:data|information)\b/i,
    /^(?:to\s+)?(?:see|view|get|obtain|have)\s+(?:a\s+copy\s+of\s+)?(?:the\s+|your\s+|all\s+)?(?:personal\s+)?(?:data|information|records)\b/i,
    /\brights?\s+(?:under\s+[^.]{0,50}?\s+)?to\s+access\s+(?:the|your|any)\b/i, /\bright\s+to\s+see\s+(?:\S+\s+){0,3}(?:images|footage|recordings|records|files)\b/i,
    /\b(?:you can|how you can|you may)\s+access\s+(?:your|the)\s+(?:records?|data|information|personal)\b/i, /\b(?:like|want|request|have)\s+access\s+to\s+(?:your|you)\b/i,
    /\bhawl\s+(?:i\s+)?(?:gael\s+)?(?:m|f)ynediad\b|\b(?:c|g)op[iï]au\s+o['’]?(?:ch|r)\s+(?:g|w)?wybodaeth\b|\bcopi o(?:['’]r)? (?:wybodaeth|data)\b/i,
  ],
  rectification: [
    /\brectif(?:y|ication)\b/i,
    /\b(?:right|ask|request)\b[^.]{0,100}\b(?:correct(?:ed|ion)?|amend(?:ed)?|update[d]?)\b/i,
    /\binaccurate\b[^.]{0,60}\bcorrect(?:ed)?\b/i, /\b(?:c|g|ngh)ywiro\b/i,
  ],
  erasure: [
    /\berasure\b|\bright\s+to\s+be\s+forgotten\b/i,
    /\b(?:right|ask|request)\b[^.]{0,120}\b(?:erased?|deleted?|deletion)\b/i, /\bhawl\b[^.]{0,60}\b(?:d|dd)ileu\b|\b(?:d|dd)ileu(?:['’]r)? (?:data|wybodaeth)\b/i,
  ],
  restriction: [/\bright\s+to\s+restrict/i, /^(?:the\s+)?(?:right\s+(?:to|of)\s+)?restriction\b/i, /\brestrict(?:ion of)?\s+(?:the\s+)?(?:processing|use)\b/i, /\b(?:ask|request)\b[^.]{0,40}\brestrict\b/i, /\b(?:c|g|ngh)yfyngu\b/i],
  objection: [/\bright\s+to\s+object\b/i, /\bright\s+to\s+opt[\s-]out\b/i, /^(?:the\s+)?(?:right\s+(?:to|of)\s+)?objection\b/i, /\bobject\s+to\s+(?:the\s+|us\s+|our\s+|how\s+(?:we|the council)\s+)?(?:processing|using|use|uses|process)\b/i, /\b(?:right|ask|request)\b[^.]{0,60}\bstop\s+(?:processing|using)\b/i, /\bg?wrthwynebu\b/i],
  portability: [/\bportab/i, /\bcludadwy/i, /\b(?:move|copy|transfer)\b[^.]{0,30}\b(?:data|information)\b[^.]{0,30}\b(?:another|other)\s+(?:organisation|provider|service)/i],
  'automated-decisions': [/\b(?:right|entitled)[^.]{0,60}\bautomat(?:ed|ic)\b/i, /\bautomat(?:ed|ic)\s+decision[^.]{0,60}\bright/i, /\bnot\s+to\s+be\s+subject\s+to\b[^.]{0,40}\bautomat/i, /\bhawl\b[^.]{0,60}\bawtomat/i,
    /\b(?:ask|request)\b[^.]{0,40}\bautomat(?:ed|ic)\s+decisions?\b[^.]{0,60}\b(?:reconsider\w*|review\w*|human|person)\b/i],
  'withdraw-consent': [/\bwithdraw(?:ing|al(?:\s+of)?)?\b[^.]{0,20}\bconsent\b/i, /\b(?:t|d|nh)ynnu\s+(?:eich\s+)?(?:caniatâd|ganiatâd)\s+yn\s+ôl\b/i],
  complain: [/\byou\s+can\s+(?:also\s+)?(?:contact|complain\s+to|write\s+to)\s+(?:the\s+)?(?:ICO|Information\s+Commissioner)/i, /\b(?:how|where)\s+(?:do|can|to)\s+(?:i\s+|you\s+)?(?:make\s+a\s+)?complain/i, /\b(?:raise|make|lodge)\s+a\s+complaint\b/i, /\bright\b[^.]{0,60}\b(?:contact|complain to|refer (?:it|this|the matter) to)\s+(?:the\s+)?(?:ICO|Information Commissioner)/i, /\bhawl i (?:g|c)wyno\b|\bwneud cwyn\b|\b(?:c|g)wyno\b/i, /\bright\s+(?:to|of)\s+(?:make\s+a\s+|lodge\s+a\s+|raise\s+a\s+)?complain/i, /\bcomplain(?:t)?\s+to\s+(?:the\s+)?(?:ICO|Information Commissioner)/i, /\b(?:make|raise|lodge|have)\s+a\s+complaint\b[^.]{0,80}\b(?:data|information|rights|privacy|ICO|Commissioner)/i, /\b(?:raise|make)\s+a\s+complaint\s+about\s+(?:information|your data|how)/i],
};

/** Bare verbs in a run of rights ("the right to access, rectify, erase, restrict, object to and port your data"). */
const RIGHT_VERBS: [Right, RegExp][] = [
  ['access', /\baccess\b/i], ['rectification', /\b(?:rectify|correct)\b/i], ['erasure', /\b(?:erase|delete)\b/i],
  ['restriction', /\brestrict\b/i], ['objection', /\bobject\b/i], ['portability', /\bport\b|\bmove\b/i],
];
/** "right(s) to" followed by several verbs joined by commas or "and". */
const RIGHTS_RUN = /\brights?\s+to\s+((?:[a-z]+(?:\s+to)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){2,}[a-z]+)/i;

/** A right is "named" where the sentence offers it to the resident, not in a rights-free aside. */
const OFFERED = /\bright|\bwould like\b|\bwithdraw|\byou\s+(?:can|may|could)\b|\bask\b|\brequest|\bcomplain|\bhawl|\bgallwch\b|\bgofyn\b|\bcwyn|\btynnu\b/i;

export function rights(s: Structure): { right: Right; evidence: Evidence }[] {
  const found = new Map<Right, Evidence>();
  // A heading can name a right by itself ("Right to rectification", "Tynnu caniatâd yn ôl").
  const units = [...s.units.filter((u) => u.isHeading && (u.section.topics.includes('complaints') || u.section.topics.includes('rights'))), ...bodyUnits(s)];
  // Items of a list introduced as rights ("You have the right to:") offer each right by themselves.
  const rightsItems = new Set(s.lists.filter((l) => l.topic === 'rights').flatMap((l) => l.items));
  for (const u of units) {
    if (!OFFERED.test(u.text) && !rightsItems.has(u.block)) continue;
    for (const right of RIGHTS) {
      if (!found.has(right) && RIGHT_PATTERNS[right].some((re) => re.test(u.text))) found.set(right, evidenceOf(u));
    }
    const run = RIGHTS_RUN.exec(u.text)?.[1];
    if (run) for (const [right, re] of RIGHT_VERBS) if (!found.has(right) && re.test(run)) found.set(right, evidenceOf(u));
  }
  return RIGHTS.filter((r) => found.has(r)).map((right) => ({ right, evidence: found.get(right)! }));
}
