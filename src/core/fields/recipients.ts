// Who the data is shared with: members of recipient lists (run-on lists split into one item
// each), and the bodies named in sentences like "we share information with X".
import { isNounPhrase } from '../nlp';
import { bodyUnits, type Structure } from '../sections';
import { PURPOSE_VERB } from '../topics/purpose-verbs';
import type { Item } from '../types';
import { dedupeItems, evidenceOf, tidyItem } from './evidence';
import { cutExamples, listsOn, NAMES_A_BODY, splitRunOn, topItems } from './lists';

const SHARED_PREFIX = /^.*?\b(?:shared|share|disclosed|disclose|passed|pass|provided|provide|given|give|sent|send)\s+(?:on\s+)?(?:with|to)\s+/i;
/** A list member that is a clause about something else ("minutes will be published"). */
const CLAUSE = /^(?:we|you|they|i|it)\b|\b(?:will|must|would|should|shall|is|are|was|were|has been|have been|may be|can be)\b|^(?:a ydym|pwy|beth|sut|pam|pryd|ble)\b|\b(?:yn|yw|ydym|byddwn|mae|cynhelir)\b/i;
const NOT_A_BODY = /^(?:the |this |your |that )?(?:information|data|details)\b|^(?:the|this|our)\s+(?:council|authority)$|^in order\b|^(?:others?|them|us|you|it|this|these|those|anyone|someone|each other|one another|partners?|organisations?|agencies|a country|countries|why|how|what|when|where|access|(?:the |our |relevant )?(?:services?|functions|information|data)|(?:data protection )?law|the public|patients|young people|(?:other )?people|individuals)$|^(?:the )?following\b/i;
const MAX_WORDS = 14;
const SUBJECT_BEFORE_VERB = /^(.{3,80}?)\s+(?:will|may|must|can|should|would|is|are|was|were)\s/i;
/** "…measures to safeguard the rights of…": a verb after "to" starts a purpose, not a body. */
const FIRST_WORD_IS_VERB = new RegExp(String.raw`^(?:${PURPOSE_VERB}|be|do|have|get)\b`);
/** "…with the planning team and, if required, other councils": a condition inside the run, not its end. */
const INNER_CONDITION = /,?\s*(?:and|or)?\s*,?\s*(?:if|where|when)\s+(?:required|necessary|needed|appropriate|applicable|relevant)\s*,?\s*/gi;

const SHARE_SENTENCE = /\b(?:notif(?:y|ies|ied)|share[sd]?|sharing|disclose[sd]?|disclosing|disclosures?|pass(?:ed|es)?(?:\s+on)?|provide[sd]?|providing|give|given|giving|send|sent|suppl(?:y|ied|ies)|supplying|transfer(?:red|s)?)\b(?<between>[^.:]{0,80}?)\b(?:with|to|(?<=(?:shared|passed|circulated)\s+)within)(?:\s*:)?\s+(?=(?<who>[^.]+))/gi;
/** "…provided in relation to transport": "to" that does not say where the data goes. */
const NOT_A_DESTINATION = /\b(?:in relation|relating|according|due|prior|in addition|in response|subject|up|next)\s*$/i;
/** A question or a contents line ("When and why we share data with others") asks, it does not say. */
const QUESTION = /^(?:when|why|how|who|what|where|whom|do|does|will|would|can|could|is|are|may)\b|\?\s*$/i;
const DATA_WORD = /\b(?:information|data|details|records?|intelligence|completion|decisions?|it|address(?:es)?|names?|files?|reports?|images?|footage|recordings?|disclosures?)\b/i;
/** "…will be published on the Open Register": a named place the data goes to. */
const PUBLISHED_ON = /\b(?:published|made (?:publicly )?available)\s+(?:on|to|in|through|via)\s+(?<who>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&-]*)*)/g;
const ITEM_TAIL = /\s*,\s*(?:if|when|where|who|which|for the purposes?|for|to|so that|in order|as|because)\b.*$|\s+(?:in order to|so that|so as to)\b.*$/i;
/** "Depending on how you apply, the booking site": the body comes after the condition. */
const LEADING_CONDITION = /^(?:depending on|where|when|if|in some cases|sometimes|occasionally)\b[^,]{0,60},\s*/i;
/** The people a service is for: data "provided to our tenants" goes to no other body. */
const SERVED = String.raw`(?:patients|pupils|students|tenants|members|clients|service users|customers|residents|young people|children|families|parents|carers)`;
const GIVES_TO_RESIDENT = new RegExp(String.raw`^(?:provide[sd]?|providing|give|given|giving|send|sent)\b[^.]{0,40}?\b(?:to\s+|with\s+)?(?:you|residents?|customers?|people|them|(?:our\s+)?${SERVED})\b`, 'i');
const TO_RESIDENTS = new RegExp(String.raw`^(?:our\s+)?${SERVED}\b`, 'i');
const NEGATED = /\bnot\b(?!\s+(?:limited|restricted|exhaustive|only)\b)|\bnever\b|n['’]t\b/i;
const WHO_STOP = /\s*,\s*(?:we|you|they|it|this|there|which|who)\b.*$|\s*(?:,\s*)?\b(?:if|when|where|whereby|who|which|that|in order|so that|so|because|unless|as (?:part|required|well)|under|in line|in accordance|including if|for (?:the purposes?|purposes|matching|this|these|those|such|their|them|a|an|use|processing|example|any|one|some|[a-z]+ing)\b|to (?!the\b|other\b|our\b|any\b)[a-z]+|without|about|involved in|in relation|across|only\s+(?:for|when|if|where|to|in)\b|on (?:our|their|your) behalf|and we\b|but\b).*$/i;

function cleanMember(raw: string): string | null {
  let t = tidyItem(cutExamples(raw.replace(SHARED_PREFIX, '')).replace(/^(?:with|to)\s+/i, ''));
  // "the enforcement agencies will keep it for…": the body is the subject before the verb.
  const subject = SUBJECT_BEFORE_VERB.exec(t)?.[1];
  if (subject && NAMES_A_BODY.test(subject) && !CLAUSE.test(subject)) t = subject;
  if (t.length < 3 || t.split(/\s+/).length > MAX_WORDS) return null;
  if (CLAUSE.test(t) || NOT_A_BODY.test(t) || !/[A-Za-z]{3}/.test(t)) return null;
  return t;
}

function fromLists(s: Structure): Item[] {
  const out: Item[] = [];
  for (const list of listsOn(s, 'recipients')) {
    for (const b of topItems(list)) {
      // A member that is a clause ("your information may also be shared with X") keeps only X.
      const whole = (SHARED_PREFIX.test(b.text) ? b.text.replace(SHARED_PREFIX, '') : b.text).replace(LEADING_CONDITION, '');
      // "The Licensing Board, if you apply for…", "Acme Hosting, who run our servers": the body, not the why.
      const source = whole.replace(ITEM_TAIL, '');
      if (CLAUSE.test(source.split(/[;,]/)[0]!) && !SHARED_PREFIX.test(b.text) && splitRunOn(source).length < 3) continue;
      for (const member of splitRunOn(source)) {
        const text = cleanMember(member);
        if (text) out.push({ text, evidence: { heading: list.section.heading, quote: b.text } });
      }
    }
  }
  return out;
}

/** "These organisations include A, B and C" after a sharing sentence, or in a section on sharing. */
const INCLUDE_SENTENCE = /^(?:these|this|they|those|such|the|other)\s+(?:(?:other\s+)?(?:organisations|bodies|agencies|partners|third parties|recipients|people|parties)\s+)?(?:include|includes|could include|may include|can include|are|will be)\s*:?\s+(?<who>.+)$/i;

const BARE_LINE_MAX_WORDS = 16;
/** "…passed to the police", "…works with schools": a sentence, not a line of names. */
const VERB_BEFORE_BODY = /\b(?:[a-z]+ed|[a-z]+s)\s+(?:with|to|by)\b/;

const OTHER_BODIES = /^other\s+(?:organisations|bodies|agencies|partners|recipients|third parties)\s+(?:include|may include|could include)\b/i;

/** compromise costs a few ms a call: each distinct phrase is judged once, and only so many. */
const MAX_PHRASES_JUDGED = 200;

function fromProse(s: Structure): Item[] {
  const out: Item[] = [];
  const judged = new Map<string, boolean>();
  const isBody = (who: string) => {
    let verdict = judged.get(who);
    if (verdict === undefined) {
      verdict = judged.size < MAX_PHRASES_JUDGED && isNounPhrase(who);
      judged.set(who, verdict);
    }
    return verdict;
  };
  // Items of other lists ("to allow sharing with enforcement partners") may still share.
  const listed = new Set(listsOn(s, 'recipients').flatMap((l) => l.items));
  let afterSharing = false;
  for (const u of bodyUnits(s)) {
    const wasSharing = afterSharing;
    afterSharing = /\b(?:shar|disclos|pass)/i.test(u.text) && !NEGATED.test(u.text);
    if (listed.has(u.block) || u.section.topics.includes('sources') || u.section.topics.includes('rights')) continue;
    // "Other organisations include…" says who on its own; "These include…" needs a sharing sentence before it.
    const included = (wasSharing || u.section.topics.includes('recipients') || OTHER_BODIES.test(u.text)) ? INCLUDE_SENTENCE.exec(u.text)?.groups?.who : undefined;
    if (included) {
      // Each member keeps its own kind ("bodies that audit public money"); a clause ends only that member.
      for (const member of splitRunOn(included.replace(/\.\s*$/, ''))) {
        const text = cleanMember(member.replace(WHO_STOP, ''));
        if (text && isBody(text)) out.push({ text, evidence: evidenceOf(u) });
      }
      continue;
    }
    // Under a sharing heading, a line that only names bodies is a list that lost its bullets.
    const bare = u.section.topics.includes('recipients') && u.block.kind === 'paragraph' ? u.text.replace(/[.;:]$/, '') : '';
    if (bare && bare.split(/\s+/).length <= BARE_LINE_MAX_WORDS && !CLAUSE.test(bare) && NAMES_A_BODY.test(bare) && !VERB_BEFORE_BODY.test(bare) && isBody(bare)) {
      for (const member of splitRunOn(bare)) {
        const text = cleanMember(member);
        if (text) out.push({ text, evidence: evidenceOf(u) });
      }
      continue;
    }
    for (const m of u.text.matchAll(PUBLISHED_ON)) out.push({ text: m.groups!.who!.trim(), evidence: evidenceOf(u) });
    if (!/\b(?:shar|disclos|pass|provid|give|given|send|sent|suppl|transfer|notif)/i.test(u.text) || NEGATED.test(u.text)) continue;
    if (QUESTION.test(u.text)) continue;
    for (const m of u.text.matchAll(SHARE_SENTENCE)) {
      if (NOT_A_DESTINATION.test(m.groups!.between!) || FIRST_WORD_IS_VERB.test(m.groups!.who!)) continue;
      const before = u.text.slice(Math.max(0, (m.index ?? 0) - 50), m.index);
      if (!DATA_WORD.test(m.groups!.between!) && !DATA_WORD.test(before)) continue;
      // "provide you with a service", "give you access": the resident receives, not a body.
      if (GIVES_TO_RESIDENT.test(m[0]) && !DATA_WORD.test(m.groups!.between!)) continue;
      if (TO_RESIDENTS.test(m.groups!.who!) && !DATA_WORD.test(m.groups!.between!)) continue;
      const who = m.groups!.who!.replace(INNER_CONDITION, ' and ').replace(/\s+and\s*$/, '').replace(WHO_STOP, '').trim();
      if (!who) continue;
      // A run that reads as bodies gives all its members; otherwise each member is judged on its
      // own, since one long run of names can read as a clause to the tagger.
      const whole = isBody(who);
      for (const member of splitRunOn(who)) {
        const text = cleanMember(member);
        if (text && (whole || isBody(text))) out.push({ text, evidence: evidenceOf(u) });
      }
    }
  }
  return out;
}

/** A body's name: capitalised words, joined by "of", "and" or "&" ("Acme Systems Ltd"). */
const BODY_NAME = String.raw`[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&))*(?:\s+(?:plc|ltd|limited|llp))?`;
/** Processors named in prose: "We use Civica Ltd to print poll cards on our behalf". */
const PROCESSOR = new RegExp(String.raw`\b(?:use|uses|employ|employs|contract|contracts|commission|commissions|appoint|appoints)\s+(?<who>${BODY_NAME})\s+(?:to|who|which)\b[^.]{0,100}\bon\s+(?:our|the council['’]s|its)\s+behalf\b`);
/** "We commission Acme Health to provide health checks": a provider the data goes to. */
const COMMISSIONED = new RegExp(String.raw`\b[Ww]e\s+(?:commission|contract|employ|appoint)\s+(?<who>${BODY_NAME})\s+to\s+(?:provide|deliver|run|host|process|manage|carry out|supply)\b`);
/** "Acme Ltd acts as our processor", "Brook Systems are data processors". */
const NAMED_PROCESSOR = new RegExp(String.raw`(?:^|[.;]\s+)(?<who>${BODY_NAME})\s+(?:is|are|acts? as)\s+(?:a|an|our|the)?\s*(?:data\s+)?processors?\b`);
/** "Your data will be processed by the Acme Registration Service": a body that handles it for us. */
const PROCESSED_BY = /\b(?:information|data|details|it)\b[^.]{0,30}?\b(?:will|may|is|are)\s+(?:be\s+)?(?:processed|handled|hosted|stored)\s+(?:on our behalf\s+)?by\s+(?:the\s+)?(?<who>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*)/g;
/** An unquoted name after its kind: "through our provider Parkwise", "our third-party supplier, Civica". */
const NAMED_SUPPLIER = /\b(?:our|a|the)\s+(?:third[- ]party\s+|IT\s+|software\s+|payment\s+)?(?:provider|supplier|contractor|processor)s?,?\s+(?<who>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})/g;
/** A quoted name after the kind of body it is: "our contractor 'Acme Bins'", "software provided by 'Acme Ltd'". */
const QUOTED_BODY = /\b(?:contractors?|providers?|suppliers?|processors?|compan(?:y|ies)|provided by|supplied by|run by|hosted by|third[- ]party(?: organisations?)?)\s*,?\s*['‘"“](?<who>[A-Z][^'’"”]{2,60})['’"”]/g;

function processors(s: Structure): Item[] {
  return bodyUnits(s).flatMap((u) => {
    const found: Item[] = [];
    for (const re of [PROCESSOR, NAMED_PROCESSOR, COMMISSIONED]) {
      const who = re.exec(u.text)?.groups?.who;
      if (who && !/^(?:We|The|This|It|They|Our|Your)$/.test(who)) found.push({ text: who, evidence: evidenceOf(u) });
    }
    for (const re of [QUOTED_BODY, NAMED_SUPPLIER, PROCESSED_BY]) for (const m of u.text.matchAll(re)) found.push({ text: tidyItem(m.groups!.who!), evidence: evidenceOf(u) });
    return found;
  });
}

const MAX_RECIPIENTS = 40;

export function recipients(s: Structure): Item[] {
  // "Police" and "the Police" are one recipient: dedupeItems keeps the first wording seen.
  const fromColumns = s.tableCells.filter((c) => c.topic === 'recipients').flatMap((c) => splitRunOn(c.text)
    .map(cleanMember).filter((t): t is string => !!t).map((text) => ({ text, evidence: { heading: c.section.heading, quote: c.text } })));
  return dedupeItems([...fromLists(s), ...fromColumns, ...fromProse(s), ...processors(s)], MAX_RECIPIENTS);
}
