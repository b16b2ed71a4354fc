// What changed in a notice, in English: short, active, second person.
import type { ChangeWords } from './types';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const en: ChangeWords = {
  since: (date) => `Since you saved this on ${date}:`,
  controller: {
    changed: (after, before) => `The notice now names ${after} as in charge of your data (it named ${before}).`,
    added: (after) => `The notice now names ${after} as in charge of your data.`,
    removed: (before) => `The notice no longer says who is in charge of your data (it named ${before}).`,
  },
  icoNumber: {
    changed: (after, before) => `Its number on the ICO register is now ${after} (it was ${before}).`,
    added: (after) => `The notice now gives its number on the ICO register, ${after}.`,
    removed: (before) => `The notice no longer gives its number on the ICO register (it was ${before}).`,
  },
  dpo: { added: 'The notice now mentions a data protection officer.', removed: 'The notice no longer mentions a data protection officer.' },
  email: {
    added: (v) => `You can now email ${v} to ask about your data.`,
    removed: (v) => `The notice no longer gives ${v} for questions about your data.`,
  },
  phone: {
    added: (v) => `You can now call ${v} to ask about your data.`,
    removed: (v) => `The notice no longer gives ${v} for questions about your data.`,
  },
  purpose: {
    added: (v) => `They give a new reason for using your data: “${v}”.`,
    removed: (v) => `They no longer give this reason for using your data: “${v}”.`,
  },
  data: {
    added: (v) => `They now say they hold this data: “${v}”.`,
    removed: (v) => `The notice no longer lists this data: “${v}”.`,
  },
  recipient: {
    added: (v) => `They now share it with ${v}.`,
    removed: (v) => `They no longer say they share it with ${v}.`,
  },
  source: {
    added: (v) => `They now say they get your data from ${v}.`,
    removed: (v) => `They no longer say they get your data from ${v}.`,
  },
  basis: {
    added: (reason) => `They now say they can use your data because ${reason}.`,
    removed: (reason) => `They no longer say they use your data because ${reason}.`,
  },
  right: {
    added: (right) => `The notice now mentions your right to ${right}.`,
    removed: (right) => `The notice no longer mentions your right to ${right}.`,
  },
  special: {
    added: 'The notice now says they may hold sensitive data, which the law protects more.',
    removed: 'The notice no longer says they hold sensitive data.',
  },
  keep: { period: (periods) => `for ${periods}`, schedule: 'for the times in their retention schedule', vague: 'for as long as they need it' },
  retention: {
    changed: (after, before) => `They now keep your data ${after} (it said ${before}).`,
    added: (after) => `The notice now says they keep your data ${after}.`,
    removed: (before) => `The notice no longer says how long they keep your data (it said ${before}).`,
  },
  icoComplaint: {
    added: 'The notice now tells you that you can complain to the ICO.',
    removed: 'The notice no longer tells you that you can complain to the ICO.',
  },
  abroad: {
    yes: 'your data may be sent outside the UK',
    no: 'your data stays in the UK',
    unanswered: 'it asks if your data goes abroad but does not answer',
    'not-stated': 'nothing about sending your data abroad',
  },
  automated: {
    yes: 'a computer may make some decisions about you',
    no: 'no decisions about you are made by computer alone',
    unanswered: 'it asks if a computer makes decisions about you but does not answer',
    'not-stated': 'nothing about decisions made by computer',
  },
  answer: (after, before) => `The notice now says ${after}. Before, it said ${before}.`,
  lastUpdated: {
    changed: (after, before) => `The notice was last updated on ${after} (before, it said ${before}).`,
    added: (after) => `The notice now says it was last updated on ${after}.`,
    removed: () => 'The notice no longer says when it was last updated.',
  },
  checklist: {
    added: (full) => `The notice now covers something it left out: ${lower(full)}.`,
    removed: (missing) => `${missing} It used to.`,
  },
};
