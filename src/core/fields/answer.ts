// Yes / no / unanswered / not-stated questions (international transfers, automated decisions):
// a heading on the topic with nothing under it is "unanswered"; otherwise the sentences that
// speak of it decide, an affirmative one outweighing a reassurance elsewhere.
import { sectionIsEmpty, type Structure, type Unit } from '../sections';
import type { Topic } from '../topics/lexicon';
import type { Answer } from '../types';
import { evidenceOf } from './evidence';

export interface AnswerRules {
  topic: Topic;
  /** A sentence that speaks of the subject at all. */
  mention: RegExp;
  /** …and says it does not happen. */
  no: RegExp;
  /** Sentences that mention the subject for another reason (a right, a definition). */
  ignore: RegExp;
  /** Under a heading on the topic, a sentence that needs fewer words to speak of it ("Decisions made this way…"). */
  inSection?: RegExp;
}

const SHORT_NO = /^(?:no|none|not applicable|n\/a)\b/i;
const SHORT_YES = /^yes\b/i;
const ASKS = /\?\s*$|^(?:\S+\s+){0,5}\S+:\s*$/;

export function answer(s: Structure, rules: AnswerRules): Answer {
  const onTopic = s.sections.filter((sec) => sec.headingTopics.includes(rules.topic));
  // A section on the topic whose first sentence is a bare "No." or "Yes."
  for (const sec of onTopic) {
    const first = s.unitsOf.get(sec)?.[0];
    if (!first) continue;
    if (SHORT_NO.test(first.text)) return { status: 'no', evidence: evidenceOf(first) };
    if (SHORT_YES.test(first.text)) return { status: 'yes', evidence: evidenceOf(first) };
  }
  // A question ("Do we send your data abroad?") or a bare label ("International transfers:") asks; it does not answer.
  const relevant = s.body.filter((u) => rules.mention.test(u.text) && !rules.ignore.test(u.text) && !ASKS.test(u.text));
  const seen = new Set(relevant);
  const sectionUnits = onTopic.flatMap((sec) => s.unitsOf.get(sec) ?? []);
  const pool: Unit[] = [...relevant, ...sectionUnits.filter((u) => !seen.has(u) && !rules.ignore.test(u.text) && !ASKS.test(u.text))];
  const inTopic = new Set(sectionUnits);
  const yes = pool.find((u) => !rules.no.test(u.text) && (rules.mention.test(u.text) || (inTopic.has(u) && !!rules.inSection?.test(u.text))));
  if (yes) return { status: 'yes', evidence: evidenceOf(yes) };
  const no = pool.find((u) => rules.no.test(u.text));
  if (no) return { status: 'no', evidence: evidenceOf(no) };
  // A short answer line may be read as a heading ("We do not send data abroad").
  const saidInHeading = s.units.find((u) => u.isHeading && rules.no.test(u.text) && !ASKS.test(u.text));
  if (saidInHeading) return { status: 'no', evidence: evidenceOf(saidInHeading) };
  const unanswered = onTopic.find((sec) => sectionIsEmpty(s, sec));
  if (unanswered) return { status: 'unanswered', evidence: { heading: unanswered.heading, quote: unanswered.heading ?? '' } };
  return { status: 'not-stated', evidence: null };
}
