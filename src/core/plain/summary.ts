// The plain-language summary: short second-person sentences, each built from one extracted
// field (and so traceable to its evidence), and one sentence per checklist item the notice
// leaves out. Words quoted from the notice stand inside “…”.
import type { Item, NoticeSummary, PlainSection } from '../types';
import { BASIS_WORDS, gapSentence, RIGHT_WORDS } from './words';

type Input = Omit<NoticeSummary, 'plain' | 'schemaVersion' | 'source'>;

const EXAMPLES = 3;
const MAX_QUOTE = 70;

function quote(text: string): string {
  const t = text.replace(/[“”]/g, '"').trim();
  return `“${t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, '')}…` : t}”`;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const examples = (items: Item[]) => listOf(items.slice(0, EXAMPLES).map((i) => quote(i.text)));
const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

function who(f: Input, org: string): PlainSection {
  const sentences: string[] = [];
  if (f.controller.name) sentences.push(`${f.controller.name} is in charge of your data.`);
  else sentences.push('The notice does not say who is in charge of your data.');
  if (f.icoRegistrationNumber) sentences.push(`Its number on the ICO register is ${f.icoRegistrationNumber}.`);
  const c = f.rightsContact;
  if (c.emails[0]) sentences.push(`To ask about your data, email ${c.emails[0]}.`);
  if (c.phones[0]) sentences.push(`${c.emails[0] ? 'Or call' : 'To ask about your data, call'} ${c.phones[0]}.`);
  if (c.postalAddresses[0] && !c.emails[0] && !c.phones[0]) sentences.push(`To ask about your data, write to ${c.postalAddresses[0]}.`);
  if (f.dataProtectionOfficer.mentioned) {
    const dpoEmail = f.dataProtectionOfficer.contact.emails[0];
    sentences.push(`${org} has a data protection officer.`);
    if (dpoEmail && dpoEmail !== c.emails[0]) sentences.push(`Their email is ${dpoEmail}.`);
  }
  return { id: 'who', title: 'Who has your data', sentences };
}

function why(f: Input, org: string): PlainSection {
  const sentences: string[] = [];
  if (f.purposes.length) {
    sentences.push(`The notice gives ${count(f.purposes.length, 'reason', 'reasons')} for using your data.`);
    sentences.push(`${f.purposes.length === 1 ? 'It is' : 'They include'} ${examples(f.purposes)}.`);
  } else {
    sentences.push('The notice does not say why they use your data.');
  }
  f.lawfulBases.forEach((b, i) => sentences.push(i === 0 ? `${org} can use your data because ${BASIS_WORDS[b.basis]}.` : `It can also use it because ${BASIS_WORDS[b.basis]}.`));
  return { id: 'why', title: 'Why they use it', sentences };
}

function what(f: Input, org: string): PlainSection {
  const sentences: string[] = [];
  if (f.personalData.length) sentences.push(`${org} may hold ${count(f.personalData.length, 'kind', 'kinds')} of data about you, such as ${examples(f.personalData)}.`);
  else sentences.push('The notice does not list the kinds of data they hold.');
  if (f.specialCategoryData.mentioned) {
    sentences.push('They may hold sensitive data, like health, ethnicity or crime records.');
    sentences.push('The law gives this data extra protection.');
  }
  return { id: 'what', title: 'What they hold', sentences };
}

function sharing(f: Input, org: string): PlainSection {
  const sentences = f.recipients.length
    ? [`${org} may share your data with ${count(f.recipients.length, 'group', 'groups')}.`, `${f.recipients.length === 1 ? 'It is' : 'They include'} ${examples(f.recipients)}.`]
    : ['The notice does not say who they share your data with.'];
  return { id: 'sharing', title: 'Who they share it with', sentences };
}

function keeping(f: Input, org: string): PlainSection {
  const r = f.retention;
  const sentences: string[] = [];
  if (r.status === 'period') {
    sentences.push(`${org} keeps your data for a set time.`);
    sentences.push(`The notice says ${listOf(r.periods.slice(0, EXAMPLES).map(quote))}.`);
  } else if (r.status === 'schedule') {
    sentences.push(`${org} keeps your data for the times in its retention schedule.`);
    sentences.push('The notice does not give the times itself.');
  } else if (r.status === 'vague') {
    sentences.push('The notice does not give a clear time for keeping your data.');
    sentences.push('It only says they keep it as long as they need it.');
  } else {
    sentences.push('The notice does not say how long they keep your data.');
  }
  return { id: 'keeping', title: 'How long they keep it', sentences };
}

function rights(f: Input): PlainSection {
  const named = f.rights.filter((r) => r.right !== 'complain');
  const sentences: string[] = [];
  if (named.length) {
    for (const r of named) sentences.push(`You have the right to ${RIGHT_WORDS[r.right]}.`);
  } else {
    sentences.push('The notice does not name your rights.');
  }
  if (!named.some((r) => r.right === 'access')) sentences.push('You can always ask for a copy of your data.');
  sentences.push('Asking for a copy is called a subject access request.');
  if (f.complaint.icoMentioned) sentences.push('The notice says you can complain to the Information Commissioner’s Office (ICO).');
  else sentences.push('You can complain to the Information Commissioner’s Office (ICO), even though the notice does not say so.');
  return { id: 'rights', title: 'Your rights', sentences };
}

function answerSection(id: string, title: string, status: string, words: Record<string, string>): PlainSection {
  return { id, title, sentences: [words[status]!] };
}

function missing(f: Input): PlainSection {
  const sentences = f.checklist.filter((c) => c.status !== 'present').map((c) => gapSentence(c.item, c.status));
  if (!sentences.length) sentences.push('The notice covers everything the law asks it to.');
  return { id: 'missing', title: 'What the notice leaves out', sentences };
}

/** asNotice: write the full summary even for a page that does not look like a notice (on request). */
export function plainSummary(f: Input, asNotice = f.detection.isPrivacyNotice): NoticeSummary['plain'] {
  if (!asNotice) {
    return {
      headline: 'This page does not look like a privacy notice.',
      sections: [{ id: 'not-a-notice', title: 'Not a privacy notice', sentences: ['Plain Notice could not find the parts of a privacy notice on this page.', 'You can still analyse the page to see what it says.'] }],
    };
  }
  const org = f.controller.name ?? (f.detection.isCouncil ? 'The council' : 'The organisation');
  return {
    headline: f.controller.name ? `${f.controller.name} holds this information.` : `${org} holds this information. The notice does not give its name.`,
    sections: [
      who(f, org), why(f, org), what(f, org), sharing(f, org), keeping(f, org), rights(f),
      answerSection('abroad', 'Sending it abroad', f.internationalTransfers.status, {
        yes: 'Your data may be sent outside the UK.',
        no: 'The notice says your data stays in the UK.',
        unanswered: 'The notice asks if your data goes abroad, but does not answer.',
        'not-stated': 'The notice does not say if your data goes abroad.',
      }),
      answerSection('automated', 'Decisions made by computer', f.automatedDecisionMaking.status, {
        yes: 'A computer may make some decisions about you without a person.',
        no: 'The notice says no decisions about you are made by computer alone.',
        unanswered: 'The notice asks if a computer makes decisions about you, but does not answer.',
        'not-stated': 'The notice does not say if a computer makes decisions about you.',
      }),
      missing(f),
    ],
  };
}
