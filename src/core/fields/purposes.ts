// Why the council uses the data: the items of purpose lists, "Purpose: A, B, C" lines, and the
// purposes inside prose ("We use your information to verify your identity, contact you and keep
// our records" gives three), each cut to the clause that names it.
import { bodyUnits, type Structure, type Unit } from '../sections';
import type { Topic } from '../topics/lexicon';
import { PURPOSE_VERB as VERB } from '../topics/purpose-verbs';
import type { Item } from '../types';
import { dedupeItems, evidenceOf, tidyItem } from './evidence';
import { listItems, splitRunOn } from './lists';

const WE = String.raw`(?:we(?:\s+are)?|the council(?:\s+is)?|it|they|the service|the team)\s+(?:will\s+|may\s+|also\s+|only\s+|can\s+|would\s+|might\s+|need to\s+|have to\s+)*`;
const DATA_VERB = '(?:use|uses|using|process|processes|processing|collect|collects|collecting|need|needs|hold|holds|require|requires|obtain|obtains|keep|keeps|record|records|ask for|gather|are able|are (?:legally )?(?:obliged|required))';

/** "the recovery of overpayments", "the prevention and detection of fraud": a purpose named as a noun. */
const NOMINAL_PURPOSE = String.raw`the\s+[a-z]+(?:ion|ment|ery|ance|ence|ing)\s+(?:and\s+[a-z]+\s+)?of\b`;
const EXAMPLES_START = /\s+(?:such as|for example|e\.g\.)\s/i;
/** Where a sentence starts to say what the data is for; the purpose is what follows. */
const STRICT_OPENERS: RegExp[] = [
  new RegExp(String.raw`\b${WE}${DATA_VERB}\b[^.;]{0,60}?\b(?:information|data|details|it|this|them|records?)\b[^.;]{0,50}?\b(?:in order to|so (?:that )?we can|to|for)\s+(?:(?:primarily|mainly|only|also|then|help)\s+)?(?=${VERB}\b)`, 'i'),
  new RegExp(String.raw`(?<!than\s)\b(?:is|are|will be|may be|can be|be)\s+(?:also\s+|only\s+)?(?:collected|used|processed|held|needed|required|obtained|kept|shared|disclosed)\s*,?\s+(?:by us\s+|by the council\s+|from you\s+)?(?:in order to|so as to|so (?:that )?we can|to|for)\s+(?=${VERB}\b|the purposes?\b|our\s+|[a-z]+ing\s|${NOMINAL_PURPOSE})`, 'i'),
  // Whoever the subject is: "The library service uses your details to renew loans".
  new RegExp(String.raw`\b(?:uses?|using|process(?:es)?|collects?|holds?|records?)\s+(?:your\s+|this\s+|the\s+|some\s+|certain\s+)?(?:personal\s+)?(?:information|data|details)\b[^.;]{0,40}?\b(?:in order to|so as to|to)\s+(?=${VERB}\b)`, 'i'),
  new RegExp(String.raw`\b(?:in order|so as) to\s+(?=${VERB}\b)`, 'i'),
  // The purpose as the point of a step or a scheme: "This lets us…", "We do this to…", "The aim is to…".
  new RegExp(String.raw`\b(?:enables?|allows?|helps?)\s+(?:us|the council|officers|staff)\s+(?:to\s+)?(?=${VERB}\b)`, 'i'),
  new RegExp(String.raw`\b(?:we|they|the council)\s+do\s+(?:this|so)\s+(?:in order\s+)?to\s+(?=${VERB}\b)`, 'i'),
  new RegExp(String.raw`\b(?:purpose|aim)\b[^.;]{0,60}?\b(?:is|are)\s+to\s+(?=${VERB}\b)|\baims?\s+to\s+(?=${VERB}\b)`, 'i'),
  new RegExp(String.raw`\b(?:information|data|details)\s+(?:collected|used|processed|held|obtained)\s+(?:from you\s+|by us\s+)?(?:in order to|to|for)\s+(?=${VERB}\b)`, 'i'),
  new RegExp(String.raw`\b(?:collect|use|process|hold|need|obtain|gather|take)\w*\b[^.;]{0,60}\b(?:data|information|details)\b[^.;]{0,30}?\bso (?:that )?(?:we|officers|staff|the council|they) can\s+(?=${VERB}\b)`, 'i'),
  new RegExp(String.raw`^so that we can\s+(?=${VERB}\b)`, 'i'),
  // A team's remit: "The highways team is responsible for mending potholes".
  /\b(?:team|service|services|council|authority|board|office|registrar|unit|department|section|officers?|we)\s+(?:is|are)\s+responsible\s+for\s+(?!(?:looking after|keeping|protecting|processing|deciding|determining|holding|your|the (?:data|information|personal)|any (?:data|information)|data|information|personal)\b)/i,
  /\bbe\s+used\b[^.;]{0,80}?\bin\s+the\s+process\s+of\s+/i,
  new RegExp(String.raw`^In\s+(?=(?:${VERB})ing\b|\w+ing\s+your\b)`),
  /^(?:In the course of|As part of)\s+(?=[a-z]+ing\b)/,
  // "…may process your data when dealing with requests".
  /\b(?:process|use|hold|handle)\w*\s+(?:your\s+)?(?:personal\s+)?(?:data|information|details)\s+when\s+(?=[a-z]+ing\b)/i,
  // A body's duties: "The board has responsibilities for organising reviews…", "functions in licensing…".
  /\b(?:has|have)\s+(?:\w+\s+)?responsibilit(?:y|ies)\s+for\s+(?=[a-z]+ing\b)|\b(?:functions|duties|activities)\b[^.;]{0,40}?\b(?:in|including)\s+(?=[a-z]+ing\b)/i,
  // What a service does, as a run of duties: "We issue permits, patrol car parks and hear appeals".
  new RegExp(String.raw`^We\s+(?:also\s+)?(?!(?:collect|process|hold|keep|record|share|receive|gather|obtain|send|publish)\b)(?=(?:${VERB})\s[^.]*,\s*(?:and\s+)?(?:${VERB})\s)`),
  // "We may phone you to check how your visit went."
  new RegExp(String.raw`\bwe\s+(?:will\s+|may\s+|might\s+|can\s+|would\s+)?(?:also\s+)?(?:contact|write to|call|phone|email|e-mail|text)\s+you\b[^.;]{0,40}?\bto\s+(?=${VERB}\b)`, 'i'),
  /\bfor\s+the\s+purposes?\s+of\s+(?!(?:the\s+)?(?:Data Protection|GDPR|UK GDPR|General Data|this|these|that|those|information|data|personal)\b)/i,
  /\ber mwyn\s+/i,
  // Welsh "i" before a verb-noun: "…yn prosesu gwybodaeth bersonol i gynnal ei swyddogaethau", "I ddarparu gwasanaethau, rydym…".
  /\b(?:wybodaeth|gwybodaeth|data|manylion)(?:\s+(?:bersonol|personol))?\s+i\s+(?=[a-zâêîôûŵŷ]{4,}\b)/i,
  /^I\s+(?=[a-zâêîôûŵŷ]{4,}\s[^.]*,\s*(?:rydym|byddwn|bydd|mae|rydyn)\b)/,
  /\b(?:information|data|details)\s+(?:is|are|will be)\s+(?:also\s+)?(?:collected|used|processed|held)\s+for\s+(?:the\s+)?purposes?\s+of\s+/i,
  /\b(?:information|data|details|it)\s+(?:may|will|can|could|might)?\s*(?:also\s+)?be\s+used\s+(?:for|in)\s+(?!(?:these|this|those|that|other|any|no|the same)\b)/i,
  /\bfor\s+(?!(?:the|these|those|this|that|different|other|various|all|any|such|specific|certain|following|same|their|its|our|a|an|no|determining|deciding)\b)(?=(?:[a-z-]+\s+){1,3}purposes?\b)/i,
];
/** In a section about purposes, looser openers also say what the data is for. */
const SECTION_OPENERS: RegExp[] = [
  ...STRICT_OPENERS,
  /\bin order to\s+/i,
  new RegExp(String.raw`^to\s+(?=${VERB}\b)`, 'i'),
  /\bso (?:that )?(?:we|the council) can\s+/i,
  /\bfor the purposes? of\s+/i,
  /\bto (?:enable|help|allow) (?:us|the council)\s+(?:to\s+)?/i,
  new RegExp(String.raw`\b${WE}${DATA_VERB}\b[^.;]{0,90}?\b(?:to|for)\s+`, 'i'),
  // Last, under a purposes heading, what the service says it does: "We will send you a confirmation email."
  new RegExp(String.raw`^We\s+(?:will\s+|may\s+|also\s+|can\s+)*(?!(?:collect|process|hold|keep|record|share|receive|gather|obtain|need|use|ask|only|not|never|publish|make)\b)(?=(?:${VERB})\b)`),
];
/** A "Purpose: A, B, C" line: the label names the topic, the rest lists the purposes. */
const PURPOSE_LABEL = /^(?:the\s+)?(?:purposes?|(?:principal|main|core)\s+(?:activity|activities|functions?))(?:\s+(?:for|of)\s+[a-z ]{1,30})?\s*[:–-]\s*(\S.*)$/i;

/** "for our records", "for reviewing the scheme", "for research purposes": a purpose of its own in a run. */
const FOR_PURPOSE = String.raw`for\s+(?:our\s+)?(?:[a-z]+ing\s+(?=[a-z])|(?:[a-z-]+\s+){0,3}purposes\b)`;
/** "…, assuring training and maintaining procedures": each -ing clause is a purpose. */
const GERUND = String.raw`(?!(?:including|according|regarding|following|concerning|during|notwithstanding|being|having|using|housing|gambling|funding|building|parking|licensing|meeting|offending|wellbeing|learning|nursing|clothing|lighting|marketing|training|something|anything|nothing|everything)\b)[a-z]{3,}ing\s`;
const GERUND_START = new RegExp(`^${GERUND}`);
/** Where one purpose ends and the next begins inside a run ("verify you, contact you and keep records"). */
const CLAUSE_BREAK = new RegExp(String.raw`\s*;\s*(?:and\s+|or\s+)?|,\s*(?:and\s+|or\s+)?(?:to\s+)?(?=${VERB}\b)|\s+(?:and|or|and/or)\s+(?:to\s+)?(?=${VERB}\b)|,\s+(?:and\s+|or\s+)?(?=to\s+${VERB}\b)|(?:,\s*|\s+)(?:and\s+|or\s+)?(?=${FOR_PURPOSE})|(?:,\s*|\s+and\s+)(?=${NOMINAL_PURPOSE})`);
/** In a run that opens with an -ing clause, each later -ing clause starts a purpose too. */
const GERUND_BREAK = new RegExp(String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)(?=${GERUND})`);
/** The tail of a clause that says how or why else, not what for. */
const CLAUSE_TAIL = /\s*,?\s*(?:for|in|by|to|with|through)\s+which\b.*$|\s+and\s+(?:will|is|are|may)\s+(?:then\s+)?(?:also\s+)?be\s+(?:held|kept|retained|stored|deleted|destroyed|shared|passed|disclosed|used)\b.*$|\s+and\s+(?:your|the|this)\s+(?:personal\s+)?(?:information|data|details)\s+(?:is|are|will|may|can)\b.*$|\s+(?:we|the council)\s+(?:will\s+|may\s+|also\s+)?(?:collect|use|need|process|hold|ask|obtain|gather)\b.*$|\s*,\s*(?:we|the council|it|they|you|officers|the business|rydym|byddwn|bydd|mae|weithiau)\b.*$|\s*(?:,\s*)?\b(?:which|because|unless|as (?:required|set out|described)|under (?:the|section|article)|in accordance with|in line with|this (?:is|means|includes))\b.*$/i;

const NOT_A_PURPOSE = /\b(?:legal basis|lawful basis|cookies?|our website|this website|you have the right|right to (?:object|erasure|restrict)|you can object|contact us|automated decisions?|data processor|outside the (?:UK|EEA|EU|European))\b|\b(?:never|not)\s+(?:be\s+)?(?:sold|used|shared|passed on)\b/i;
/** Sentences about the purposes rather than stating one ("for the purposes stated when…"). */
const ABOUT_PURPOSES = /\b(?:purposes?|reasons?)\b[^.]{0,30}\b(?:stated|described|set out|listed|explained|above|below|for which)\b|\bfor (?:these|this|those|that|the same|other|no other|any other) purposes?\b/i;
const PURPOSES_INCLUDING = /\bpurposes?,?\s+(?:including|such as)\s+(?:(?:but|and)\s+not\s+limited\s+to,?\s+)?/i;
/** Security and record-keeping sentences that happen to say "so we can". */
const SECURITY = /\b(?:audit(?:ed)?|encrypt\w*|secure(?:ly)?|confidential|access controls?|passwords?|heb awdurdod|n?dd?iogelu eich gwybodaeth)\b/i;
/** A list item that is a string of legal citations, not a purpose. */
const CITATIONS = /\b(?:Act|Regulations?|Bill)\s+\d{4}\b[^]*\b(?:Act|Regulations?|Bill)\s+\d{4}\b/;
/** A list item that is the name of a law ("Traffic Management Act 2004 (parking)"). */
const LAW_NAME = /^(?:the\s+)?[A-Z][^;:]{0,80}\b(?:Act|Regulations?|Order|Rules)\s+\d{4}(?:\s*\([^)]*\))?$|^(?:the\s+)?(?:[A-Z(][\w'’&,()-]*\s+|(?:and|of|for|the|in|on|to)\s+)*(?:Act|Regulations?|Order|Rules|Code)\b(?:\s+\d{4})?(?:\s*\([^)]*\))?(?:\s+(?:and|&|for)\s+.*)?$|^Section\s+\d/;
/** Sections whose sentences say "to" for other reasons: keeping, rights, complaints, contact. */
const OTHER_SUBJECTS: Topic[] = ['retention', 'rights', 'complaints', 'contact', 'cookies', 'security', 'transfers', 'lawful-basis', 'dpo'];
/**
 * Clauses and list items that look like purposes but are not, each group with what it catches.
 * A clause is dropped when any pattern matches.
 */
const NOT_PURPOSES: RegExp[] = [
  // Conditions ("When you have given consent"), lawful-basis wording, leftovers of a lead-in.
  /^when\s+(?:you|we|the council|your)\b|^when it is\b|^(?:it is (?:required|necessary)|you have (?:consented|given|agreed))\b|^perform a task\b/i,
  /\b(?:about you|information|data|details)\s+(?:in order\s+)?to$|\bin order to$|\b(?:allow|enable|help)s?\s+(?:us|the council|them|you)\s+to$|\b(?:obligations?|duty|duties|requirements?)\s+to$/i,
  // Cut off mid-phrase ("managing the information that").
  /\b(?:of|that|which|the|a|an)$|\b(?:following|canlynol)$/i,
  // Pointers to purposes rather than purposes ("the following purposes", "what purposes").
  /\b(?:these|this|those|such|the above|the stated)\s+purposes?$|^(?:the|these|this|those|such|following|other)(?:\s+following)?\s+purposes?$|^(?:most|many|some|all|other|these|those|such)\s+purposes$|^(?:what|which)\s+purposes?$|^(?:the\s+)?purpose$|^(?:do|doing)\s+(?:this|so|that)$/i,
  // The people the data is about ("People who attend meetings").
  /^(?:people|individuals|persons|members of the public|those|anyone)\s+(?:who|whose|that|attending|making|visiting)\b/i,
  // Data protection principles and promises about the notice or keeping data safe.
  /^(?:fairly|lawfully|securely)\b|^(?:obtain|collect)\s+(?:from you\s+)?only\b|^for a (?:particular|specific) purpose\b|^use your (?:personal )?(?:data|information) fairly\b/i,
  /^(?:keep|store)\s+(?:your|the)\s+(?:personal\s+)?(?:data|information)\s+(?:accurate|only|safe|secure)|^keep\s+(?:your|the|this|our)\s+(?:personal\s+)?(?:information|data|details|records)\s+(?:as\s+)?(?:accurate|up to date|secure|safe)\b/i,
  /^make sure (?:that )?(?:you know|your (?:personal )?(?:data|information) is)\b|^protect (?:your|the) (?:personal )?(?:data|information)\b|^update this (?:information|notice|page)\b|^(?:this|that|it)\s*,/i,
  // Data protection law and how long data is kept.
  /\bdata protection (?:legislation|law|act|regul)|\bgeneral data protection\b|\b(?:will be|is|are) (?:held|kept|retained|stored) for\b|^the (?:duration|length|life) of\b/i,
  // Handling or sharing the data, not what for ("provide information to the police").
  /^(?:share|provide|give|pass|send|disclose)\b[^.]{0,40}\b(?:information|data|details)\b.*\b(?:to|with|about)\b/i,
  /^(?:collect|use|process|hold|obtain|keep)\b(?:\s+and\s+\w+)?\s+(?:your|the|this|personal|some)\b[^.]{0,20}\b(?:information|data|details)$|^(?:collect|us|process|hold|obtain|keep)(?:ing|e)?\s+(?:your\s+|the\s+|this\s+)?personal (?:data|information)$/i,
  // Too general to tell a resident anything.
  /^(?:provide|deliver|administer|run)\s+(?:our\s+|the\s+|a\s+|council\s+)?services?$|^help you$/i,
];
const isNotAPurpose = (text: string) => NOT_PURPOSES.some((re) => re.test(text));
/** Definitions of personal data ("any information that can be used to identify a person"). */
const DEFINITION = /\bany information\b|\bpersonal (?:data|information)['’”"]? (?:is|means) (?:any|information|data)\b/i;
/** A verb left on its own when its object went to the next clause ("to obtain" at a line's end). */
const BARE_VERB = new RegExp(String.raw`^${VERB}$`, 'i');
const BULLETLESS_ITEM = new RegExp(String.raw`^(?:to\s+)?${VERB}\s+\S[^.]{0,200}$`);
const MAX_PURPOSES = 20;
const MIN_CHARS = 6;

/** The purposes a sentence names after its opener, one per clause. */
function purposeClauses(sentence: string, openers: RegExp[]): string[] {
  for (const opener of openers) {
    const m = opener.exec(sentence);
    if (!m) continue;
    const whole = sentence.slice(m.index + m[0].length).replace(/\s*\([^)]*\)\s*$/, '').replace(/^the\s+purposes?\s+of\s+/i, '');
    // Examples after "such as" belong to the purpose before them: they are not purposes of their own.
    const example = EXAMPLES_START.exec(whole);
    const tail = example ? whole.slice(0, example.index) : whole;
    // Separators are kept: a bare verb shares the object of the clause after it ("plan and improve services").
    // Case matters: "for Planning Permission" names a thing, "for planning services" a purpose.
    const breaks = new RegExp(GERUND_START.test(tail) ? `(${CLAUSE_BREAK.source}|${GERUND_BREAK.source})` : `(${CLAUSE_BREAK.source})`);
    const parts = tail.split(breaks);
    if (example) parts[parts.length - 1] += whole.slice(example.index);
    const clauses: string[] = [];
    let pending = '';
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i] ?? '';
      if (!part.trim()) continue;
      if (!/\s/.test(part.trim()) && i + 2 < parts.length) { pending += part.trim() + (parts[i + 1] ?? ' '); continue; }
      clauses.push(pending + part);
      pending = '';
    }
    const found = clauses
      // "for statistical purposes": the purpose ends with its own word.
      .map((c) => /^(?:for\s+)?(?:[a-z-]+\s+){1,3}purposes?\b(?!\s+of\b)/i.exec(c.trim())?.[0] ?? c)
      .map((c) => tidyItem(c.replace(CLAUSE_TAIL, '').replace(/^(?:to|for|and|or)\s+/i, '')))
      .filter((c) => c.length >= MIN_CHARS && /[a-z]{3}/i.test(c) && !BARE_VERB.test(c) && !isNotAPurpose(c) && !LAW_NAME.test(c));
    if (found.length) return found;
  }
  return [];
}

/** An item that repeats "to" names a purpose per clause: "To plan visits, to train staff and to…". */
const ITEM_CLAUSE = new RegExp(String.raw`,\s*(?:and\s+|or\s+)?(?=to\s+${VERB}\b)|\s+(?:and|or)\s+(?=to\s+${VERB}\b)`);

function splitItem(item: Item): Item[] {
  // Only an item that opens with "to" splits: "help people to find work" stays whole.
  if (!/^to\s/i.test(item.text)) return [item];
  const parts = item.text.split(ITEM_CLAUSE).map((p) => tidyItem(p)).filter((p) => p.length >= MIN_CHARS);
  return parts.length < 2 ? [item] : parts.map((text) => ({ text, evidence: item.evidence }));
}

function fromProse(s: Structure, listed: Set<unknown>): Item[] {
  const items: Item[] = [];
  const take = (u: Unit, texts: string[]) => { for (const text of texts) items.push({ text, evidence: evidenceOf(u) }); };
  for (const u of bodyUnits(s)) {
    if (listed.has(u.block) || u.block.kind === 'row') continue;
    if (NOT_A_PURPOSE.test(u.text) || SECURITY.test(u.text) || DEFINITION.test(u.text)) continue;
    // "…for other purposes, including the recovery of debts": the examples are purposes.
    const including = PURPOSES_INCLUDING.exec(u.text);
    if (including) { take(u, purposeClauses(u.text.slice(including.index), [PURPOSES_INCLUDING])); continue; }
    if (ABOUT_PURPOSES.test(u.text)) continue;
    // A lead-in leaves the purposes to its list, but keeps one it names itself ("We use it to run
    // the library, including to:").
    if (/:\s*$/.test(u.text) && s.lists.some((l) => l.leadIn === u.block.text && l.topic === 'purposes')) {
      const own = u.text.replace(/(?:,?\s*(?:including|such as|for example|in particular|and))?\s*(?:to|for|in order to)?\s*:\s*$/i, '');
      // Only when a word was cut with the colon ("…, including to:"), not a bare "…provide:".
      const cut = u.text.slice(own.length);
      if (/\w\s*:\s*$/.test(cut) && /\s/.test(cut.trim())) take(u, purposeClauses(own, STRICT_OPENERS));
      continue;
    }
    const label = PURPOSE_LABEL.exec(u.text);
    if (label) { take(u, splitRunOn(label[1]!).map(tidyItem).filter((t) => t.length >= MIN_CHARS)); continue; }
    const inPurposes = u.section.topics.includes('purposes');
    if (!inPurposes && u.section.topics.some((t) => OTHER_SUBJECTS.includes(t))) continue;
    take(u, purposeClauses(u.text, inPurposes ? SECTION_OPENERS : STRICT_OPENERS));
  }
  return items;
}

/** Lines after a purpose list that lost their bullets: "assess your claim" on a line of its own. */
function afterLists(s: Structure): Item[] {
  const blocks = s.doc.blocks;
  const lists = s.lists.filter((l) => l.topic === 'purposes');
  if (!lists.length) return [];
  // One pass to place every block, not a search of the page per list.
  const position = new Map(blocks.map((b, i) => [b, i]));
  const out: Item[] = [];
  for (const list of lists) {
    for (let i = (position.get(list.items.at(-1)!) ?? -1) + 1; i > 0 && i < blocks.length; i++) {
      const b = blocks[i]!;
      const lines = b.text.split('\n').map((l) => l.trim()).filter(Boolean);
      if (b.kind !== 'paragraph' || !lines.length || !lines.every((l) => BULLETLESS_ITEM.test(l)) || /:\s*$/.test(b.text)) break;
      for (const line of lines) out.push({ text: tidyItem(line), evidence: { heading: list.section.heading, quote: line } });
    }
  }
  return out;
}

/** "information about your health, to assess claims on ill-health grounds": the purpose a data item names. */
const ITEM_PURPOSE = new RegExp(String.raw`(?:^|,\s*|\s+or\s+|\s+)(?<!\b(?:right|going|able|have|has|need|needs|want|wants|how|used|likely|expected|asked)\s+)(?:in order\s+)?to\s+(?:enable\s+us\s+to\s+)?(?=${VERB}\b)`, 'i');
/** After the purpose, a data item goes back to describing the data ("…, for example bank details"). */
const ITEM_EXAMPLE = /,?\s+(?:for example|for instance|e\.g\.)\b.*$|,\s*or\s+where\b.*$/i;

/** "Other councils, to enable us to co-ordinate school places": why a body gets the data. */
const RECIPIENT_PURPOSE = new RegExp(String.raw`,\s*(?:in order\s+)?to\s+(?:enable\s+us\s+to\s+)?(?=${VERB}\b)`, 'i');

function fromItemsOfOtherLists(s: Structure): Item[] {
  const read = (topic: 'data-collected' | 'recipients', opener: RegExp) => s.lists.filter((l) => l.topic === topic)
    .flatMap((l) => l.items.flatMap((b) => purposeClauses(b.text.replace(/\([^)]*\)?/g, ' ').replace(ITEM_EXAMPLE, ''), [opener])
      .map((text) => ({ text, evidence: { heading: l.section.heading, quote: b.text } }))));
  return [...read('data-collected', ITEM_PURPOSE), ...read('recipients', RECIPIENT_PURPOSE)];
}

/** Word stems, so "enforcing the notice" and "enforce a notice" compare equal. */
function stems(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !STOP_WORDS.has(w)).map((w) => w.replace(/(?:ing|ed|es|e|s)$/, '')));
}
const STOP_WORDS = new Set(['the', 'and', 'for', 'our', 'your', 'you', 'with', 'this', 'that', 'any']);

/** A purpose said twice in other words ("enforce the penalty notice" after "enforcing a penalty notice (PCN)") counts once. */
function withoutEchoes(items: Item[]): Item[] {
  const kept: { item: Item; stems: Set<string> }[] = [];
  for (const item of items) {
    const own = stems(item.text);
    const echo = own.size >= 2 && kept.some((k) => [...own].every((w) => k.stems.has(w)));
    if (!echo) kept.push({ item, stems: own });
  }
  return kept.map((k) => k.item);
}

export function purposes(s: Structure): Item[] {
  const fromLists = listItems(s, 'purposes').flatMap(splitItem)
    .filter((i) => !CITATIONS.test(i.text) && !LAW_NAME.test(i.text) && !isNotAPurpose(i.text));
  const listed = new Set<unknown>(s.lists.flatMap((l) => l.items));
  return withoutEchoes(dedupeItems([...fromLists, ...afterLists(s), ...fromProse(s, listed), ...fromItemsOfOtherLists(s)], MAX_PURPOSES * 2)).slice(0, MAX_PURPOSES);
}
