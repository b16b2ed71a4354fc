// The plain words Plain Notice uses for legal terms, in GOV.UK style: short, active, second person.
import type { ChecklistItem, LawfulBasis, Right } from '../types';

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

/** What the notice leaves out, as a resident would put it. */
export const MISSING_WORDS: Record<ChecklistItem, { missing: string; unclear: string }> = {
  'controller-identity': { missing: 'The notice does not say who is in charge of your data.', unclear: 'The notice is not clear about who is in charge of your data.' },
  'controller-contact': { missing: 'The notice does not say how to contact them about your data.', unclear: 'The notice only gives a web page for contacting them about your data.' },
  'dpo-contact': { missing: 'The notice does not give a contact for a data protection officer.', unclear: 'The notice names a data protection officer but does not say how to contact them.' },
  purposes: { missing: 'The notice does not say why they use your data.', unclear: 'The notice is not clear about why they use your data.' },
  'lawful-basis': { missing: 'The notice does not say which part of the law lets them use your data.', unclear: 'The notice is not clear about which part of the law lets them use your data.' },
  'legitimate-interests': { missing: 'The notice does not explain the interests it relies on.', unclear: 'The notice is not clear about the interests it relies on.' },
  recipients: { missing: 'The notice does not say who they share your data with.', unclear: 'The notice says they share your data but not with whom.' },
  'international-transfers': { missing: 'The notice does not say if your data leaves the UK.', unclear: 'The notice asks if your data leaves the UK but does not answer.' },
  retention: { missing: 'The notice does not say how long they keep your data.', unclear: 'The notice does not give a clear time for keeping your data.' },
  rights: { missing: 'The notice does not list your rights.', unclear: 'The notice does not clearly list your rights.' },
  'withdraw-consent': { missing: 'The notice relies on your consent but does not say you can take it back.', unclear: 'The notice is not clear that you can take back your consent.' },
  'complain-to-ico': { missing: 'The notice does not say you can complain to the Information Commissioner’s Office (ICO).', unclear: 'The notice is not clear that you can complain to the ICO.' },
  'statutory-or-contractual-requirement': { missing: 'The notice does not say if you have to give your data, or what happens if you do not.', unclear: 'The notice is not clear about whether you have to give your data.' },
  'automated-decision-making': { missing: 'The notice does not say if a computer makes decisions about you.', unclear: 'The notice asks if a computer makes decisions about you but does not answer.' },
  'categories-of-data': { missing: 'The notice does not say what kinds of data they hold.', unclear: 'The notice is not clear about what kinds of data they hold.' },
  'source-of-data': { missing: 'The notice does not say where they get your data from.', unclear: 'The notice is not clear about where they get your data from.' },
};
