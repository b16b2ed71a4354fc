// A subject access request letter, filled with the council's name and the notice's contact.
// Plain words, ready to send; the resident adds their own details where the brackets say.
import type { NoticeSummary } from './types';

export interface SarLetter { to: string; email: string | null; subject: string; body: string }

export function sarLetter(summary: NoticeSummary, today: Date): SarLetter {
  const org = summary.controller.name ?? 'the council';
  const email = summary.dataProtectionOfficer.contact.emails[0] ?? summary.rightsContact.emails[0] ?? null;
  const address = summary.rightsContact.postalAddresses[0] ?? summary.dataProtectionOfficer.contact.postalAddresses[0] ?? null;
  const date = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const about = summary.source.title ? ` This includes information held for "${summary.source.title}".` : '';
  // The address often starts with the office and the council already; say each line once.
  const head = ['Data Protection Officer', org];
  const addressLines = (address ?? '').split(/\s*,\s*/).filter((l) => l && !head.some((h) => h.toLowerCase() === l.toLowerCase()));
  const lines = [
    `To: Data Protection Officer, ${org}`,
    ...addressLines,
    '',
    date,
    '',
    'Subject access request',
    '',
    'Dear Data Protection Officer,',
    '',
    `Please send me a copy of all the personal information ${org} holds about me. I am asking under Article 15 of the UK GDPR (a subject access request).${about}`,
    '',
    'Please also tell me:',
    '- why you use my information',
    '- who you have shared it with',
    '- how long you will keep it',
    '- where you got it from, if not from me',
    '',
    'You should reply within one month.',
    '',
    'My details:',
    'Full name: [your full name]',
    'Address: [your address]',
    'Date of birth: [your date of birth]',
    'Any reference number: [for example a Council Tax account number]',
    '',
    'Yours sincerely,',
    '[your name]',
  ];
  return { to: `Data Protection Officer, ${org}`, email, subject: 'Subject access request', body: lines.join('\n') };
}
