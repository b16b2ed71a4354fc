// compromise, taught the organisations councils name in their notices (as data, by its plugin
// model) and used only on short spans: a candidate controller phrase, a recipient clause.
// "/two" has the tagger without the heavier "/three" extras (see the toolchain notes' measurements).
import nlp from 'compromise/two';

const ORGANISATIONS = [
  "information commissioner's office", 'information commissioners office', 'information commissioner',
  'hmrc', 'hm revenue and customs', 'ofsted', 'dwp', 'department for work and pensions',
  'department for education', 'home office', 'cabinet office', 'ministry of justice', 'nhs', 'nhs trust',
  'nhs digital', 'nhs england', 'care quality commission', 'police', 'the police', 'probation service',
  'national probation service', 'fire and rescue service', 'environment agency', 'dvla', 'ons',
  'office for national statistics', 'courts', 'coroner', "coroner's office", 'electoral commission',
  'local government ombudsman', 'local government and social care ombudsman', 'audit commission',
  'national fraud initiative', 'cafcass', 'border force', 'immigration service', 'jobcentre plus',
  'citizens advice', 'valuation office agency', 'land registry', 'hm land registry', 'hm courts and tribunals service',
  'gangmasters and labour abuse authority', 'health and safety executive', 'food standards agency',
];

nlp.plugin({ words: Object.fromEntries(ORGANISATIONS.map((w) => [w, 'Organization'])) });

export type Doc = ReturnType<typeof nlp>;

/** Organisation names compromise finds in a short span. */
export function organisationsIn(span: string): string[] {
  return nlp(span).match('#Organization+').out('array').map((s: string) => s.replace(/[.,;:]+$/, '').trim()).filter(Boolean);
}

/** The span reads as a noun phrase (a body or group of bodies), not a clause with a verb of its own. */
export function isNounPhrase(span: string): boolean {
  const doc = nlp(span);
  if (!doc.found) return false;
  const first = doc.terms().first();
  if (first.has('#Pronoun') && !first.has('(other|others|any|some|all)')) return false;
  // One or two words ("courts", "local charities"): plural nouns are often tagged as verbs too.
  if (doc.terms().length <= 2) return !first.has('(#Preposition|#Conjunction|#Adverb)') && !doc.has('(#Pronoun|#Preposition)');
  if (first.has('(#Verb|#Adverb|#Preposition|#Conjunction)') && !first.has('#Noun')) return false;
  // A finite verb after the subject makes it a clause ("minutes will be published").
  return !doc.has('(#Modal|#Auxiliary|#PresentTense|#PastTense)') || doc.has('^#Noun+ (for|of|and|in|within|with) .');
}

export { nlp };
