// The plain words Plain Notice uses for legal terms, in GOV.UK style: short, active, second person.
import type { ChecklistItem, ChecklistStatus, LawfulBasis, Right } from '../types';

export const BASIS_WORDS: Record<LawfulBasis, string> = {
  consent: 'you agreed to it (consent)',
  contract: 'it needs it for a contract with you (contract)',
  'legal-obligation': 'the law says it must (legal obligation)',
  'vital-interests': 'it must protect someone’s life or safety (vital interests)',
  'public-task': 'it is part of its public work (public task)',
  'legitimate-interests': 'it has a fair reason of its own (legitimate interests)',
};

export const RIGHT_WORDS: Record<Right, string> = {
  informed: 'be told how your data is used',
  access: 'get a copy of your data',
  rectification: 'have wrong data corrected',
  erasure: 'have your data deleted',
  restriction: 'limit how your data is used',
  objection: 'object to how your data is used',
  portability: 'move your data to another service',
  'automated-decisions': 'ask a person to check a decision made by computer',
  'withdraw-consent': 'take back your consent',
  complain: 'complain about how your data is used',
};

/**
 * Each checklist item in words: a short column name and its full name (compare page), and what a
 * resident reads when the notice leaves it out or is unclear about it.
 */
export const CHECKLIST_WORDS: Record<ChecklistItem, { short: string; full: string; missing: string; unclear: string }> = {
  'controller-identity': {
    short: 'Who', full: 'Says who is in charge of the data',
    missing: 'The notice does not say who is in charge of your data.',
    unclear: 'The notice is not clear about who is in charge of your data.',
  },
  'controller-contact': {
    short: 'Contact', full: 'Gives a contact for data questions',
    missing: 'The notice does not say how to contact them about your data.',
    unclear: 'The notice only gives a web page for contacting them about your data.',
  },
  'dpo-contact': {
    short: 'DPO', full: 'Gives the data protection officer’s contact',
    missing: 'The notice does not give a contact for a data protection officer.',
    unclear: 'The notice names a data protection officer but does not say how to contact them.',
  },
  purposes: {
    short: 'Why', full: 'Says why the data is used',
    missing: 'The notice does not say why they use your data.',
    unclear: 'The notice is not clear about why they use your data.',
  },
  'lawful-basis': {
    short: 'Law', full: 'Says which lawful basis applies',
    missing: 'The notice does not say which part of the law lets them use your data.',
    unclear: 'The notice is not clear about which part of the law lets them use your data.',
  },
  'legitimate-interests': {
    short: 'Interests', full: 'Explains the legitimate interests relied on',
    missing: 'The notice does not explain the interests it relies on.',
    unclear: 'The notice is not clear about the interests it relies on.',
  },
  recipients: {
    short: 'Shared', full: 'Says who the data is shared with',
    missing: 'The notice does not say who they share your data with.',
    unclear: 'The notice says they share your data but not with whom.',
  },
  'international-transfers': {
    short: 'Abroad', full: 'Says whether data leaves the UK',
    missing: 'The notice does not say if your data leaves the UK.',
    unclear: 'The notice asks if your data leaves the UK but does not answer.',
  },
  retention: {
    short: 'Kept', full: 'Says how long data is kept',
    missing: 'The notice does not say how long they keep your data.',
    unclear: 'The notice does not give a clear time for keeping your data.',
  },
  rights: {
    short: 'Rights', full: 'Lists your rights',
    missing: 'The notice does not list your rights.',
    unclear: 'The notice does not clearly list your rights.',
  },
  'withdraw-consent': {
    short: 'Consent', full: 'Says you can withdraw consent',
    missing: 'The notice relies on your consent but does not say you can take it back.',
    unclear: 'The notice is not clear that you can take back your consent.',
  },
  'complain-to-ico': {
    short: 'ICO', full: 'Says you can complain to the ICO',
    missing: 'The notice does not say you can complain to the Information Commissioner’s Office (ICO).',
    unclear: 'The notice is not clear that you can complain to the ICO.',
  },
  'statutory-or-contractual-requirement': {
    short: 'Must give', full: 'Says whether you must give the data',
    missing: 'The notice does not say if you have to give your data, or what happens if you do not.',
    unclear: 'The notice is not clear about whether you have to give your data.',
  },
  'automated-decision-making': {
    short: 'Computer', full: 'Says whether a computer makes decisions',
    missing: 'The notice does not say if a computer makes decisions about you.',
    unclear: 'The notice asks if a computer makes decisions about you but does not answer.',
  },
  'categories-of-data': {
    short: 'Data', full: 'Lists the kinds of data held',
    missing: 'The notice does not say what kinds of data they hold.',
    unclear: 'The notice is not clear about what kinds of data they hold.',
  },
  'source-of-data': {
    short: 'Source', full: 'Says where the data comes from',
    missing: 'The notice does not say where they get your data from.',
    unclear: 'The notice is not clear about where they get your data from.',
  },
};

/** The sentence for a checklist item the notice leaves out (missing) or is unclear about. */
export const gapSentence = (item: ChecklistItem, status: ChecklistStatus) => CHECKLIST_WORDS[item][status === 'missing' ? 'missing' : 'unclear'];
