// The plain summary in English, GOV.UK style: short, active, second person.
import type { PlainWords } from './types';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
const itIsOrTheyInclude = (n: number, examples: string) => `${n === 1 ? 'It is' : 'They include'} ${examples}.`;

const right: PlainWords['right'] = {
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

export const en: PlainWords = {
  list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  basis: {
    consent: 'you agreed to it (consent)',
    contract: 'it needs it for a contract with you (contract)',
    'legal-obligation': 'the law says it must (legal obligation)',
    'vital-interests': 'it must protect someone’s life or safety (vital interests)',
    'public-task': 'it is part of its public work (public task)',
    'legitimate-interests': 'it has a fair reason of its own (legitimate interests)',
  },
  right,
  rightName: right,
  checklist: {
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
  },
  unnamed: { council: 'The council', organisation: 'The organisation' },
  titles: {
    who: 'Who has your data', why: 'Why they use it', what: 'What they hold', sharing: 'Who they share it with',
    keeping: 'How long they keep it', rights: 'Your rights', abroad: 'Sending it abroad', automated: 'Decisions made by computer',
    missing: 'What the notice leaves out', 'not-a-notice': 'Not a privacy notice',
  },
  headline: {
    named: (name) => `${name} holds this information.`,
    unnamed: (org) => `${org} holds this information. The notice does not give its name.`,
  },
  notNotice: {
    headline: 'This page does not look like a privacy notice.',
    sentences: ['Plain Notice could not find the parts of a privacy notice on this page.', 'You can still analyse the page to see what it says.'],
  },
  who: {
    inCharge: (name) => `${name} is in charge of your data.`,
    noController: 'The notice does not say who is in charge of your data.',
    icoNumber: (n) => `Its number on the ICO register is ${n}.`,
    email: (email) => `To ask about your data, email ${email}.`,
    phone: (phone, afterEmail) => `${afterEmail ? 'Or call' : 'To ask about your data, call'} ${phone}.`,
    post: (address) => `To ask about your data, write to ${address}.`,
    dpo: (org) => `${org} has a data protection officer.`,
    dpoEmail: (email) => `Their email is ${email}.`,
  },
  why: {
    count: (n) => `The notice gives ${count(n, 'reason', 'reasons')} for using your data.`,
    examples: itIsOrTheyInclude,
    none: 'The notice does not say why they use your data.',
    basis: (org, basis, first) => (first ? `${org} can use your data because ${basis}.` : `It can also use it because ${basis}.`),
  },
  what: {
    held: (org, n, examples) => `${org} may hold ${count(n, 'kind', 'kinds')} of data about you, such as ${examples}.`,
    none: 'The notice does not list the kinds of data they hold.',
    special: ['They may hold sensitive data, like health, ethnicity or crime records.', 'The law gives this data extra protection.'],
  },
  sharing: {
    count: (org, n) => `${org} may share your data with ${count(n, 'group', 'groups')}.`,
    examples: itIsOrTheyInclude,
    none: 'The notice does not say who they share your data with.',
  },
  keeping: {
    period: (org) => `${org} keeps your data for a set time.`,
    says: (periods) => `The notice says ${periods}.`,
    schedule: (org) => `${org} keeps your data for the times in its retention schedule.`,
    scheduleNoTimes: 'The notice does not give the times itself.',
    vague: ['The notice does not give a clear time for keeping your data.', 'It only says they keep it as long as they need it.'],
    none: 'The notice does not say how long they keep your data.',
  },
  rights: {
    has: (right) => `You have the right to ${right}.`,
    none: 'The notice does not name your rights.',
    alwaysAccess: 'You can always ask for a copy of your data.',
    sarName: 'Asking for a copy is called a subject access request.',
    icoSaid: 'The notice says you can complain to the Information Commissioner’s Office (ICO).',
    icoNotSaid: 'You can complain to the Information Commissioner’s Office (ICO), even though the notice does not say so.',
  },
  abroad: {
    yes: 'Your data may be sent outside the UK.',
    no: 'The notice says your data stays in the UK.',
    unanswered: 'The notice asks if your data goes abroad, but does not answer.',
    'not-stated': 'The notice does not say if your data goes abroad.',
  },
  automated: {
    yes: 'A computer may make some decisions about you without a person.',
    no: 'The notice says no decisions about you are made by computer alone.',
    unanswered: 'The notice asks if a computer makes decisions about you, but does not answer.',
    'not-stated': 'The notice does not say if a computer makes decisions about you.',
  },
  missingNone: 'The notice covers everything the law asks it to.',
  text: { title: 'Title', noTitle: '(none)', privacyNotice: 'Privacy notice', score: 'score', council: 'Council', lastUpdated: 'Last updated', notGiven: 'not given', yes: 'yes', no: 'no' },
};
