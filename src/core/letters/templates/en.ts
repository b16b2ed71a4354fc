// English letters: one per right, and the follow-up for an overdue request. Plain words, the
// right named as residents know it, the UK GDPR article in brackets.
import type { LetterTemplates } from './types';

export const en: LetterTemplates = {
  locale: 'en-GB',
  recipient: 'Data Protection Officer',
  toLine: 'To: Data Protection Officer, {council}',
  greeting: 'Dear Data Protection Officer,',
  notice: [
    'I am writing about your privacy notice "{title}", which I read on {readOn} at {url}. My request is about {service}.',
  ],
  noticeNoUrl: [
    'I am writing about your privacy notice "{title}", which I read on {readOn}. My request is about {service}.',
  ],
  reply: 'Please reply within one calendar month of receiving this letter.',
  detailsHeading: 'My details:',
  detailLines: ['Full name: {name}', 'Address: {address}', 'Reference number: {reference}'],
  blanks: { name: '[your full name]', address: '[your address]', reference: '[any reference number, for example a Council Tax account number]' },
  signOff: 'Yours sincerely,',
  theCouncil: 'the council',
  anotherWay: 'your website or another way',
  rights: {
    access: {
      subject: 'Subject access request',
      fileName: 'subject-access-request.txt',
      body: [
        'Please send me a copy of all the personal information {council} holds about me. I am using my right of access (Article 15 of the UK GDPR). This is a subject access request.',
        '',
        'Please also tell me:',
        '- why you use my information',
        '- who you have shared it with',
        '- how long you will keep it',
        '- where you got it from, if not from me',
      ],
    },
    rectification: {
      subject: 'Request to correct my personal information',
      fileName: 'correction-request.txt',
      body: [
        'Some of the personal information {council} holds about me is wrong or incomplete. Please correct it. I am using my right to have it corrected (Article 16 of the UK GDPR).',
        '',
        'What is wrong: [say what is wrong]',
        'What it should say: [give the right information]',
        '',
        'Please tell me when you have corrected it, and tell anyone you shared it with.',
      ],
    },
    erasure: {
      subject: 'Request to delete my personal information',
      fileName: 'erasure-request.txt',
      body: [
        'Please delete the personal information {council} holds about me. I am using my right to have it deleted (Article 17 of the UK GDPR).',
        '',
        'Why: [for example, you no longer need it for the reason you collected it]',
        '',
        'If you will not delete some of it, please tell me which parts and why. Please also tell anyone you shared it with.',
      ],
    },
    restriction: {
      subject: 'Request to limit how you use my personal information',
      fileName: 'restriction-request.txt',
      body: [
        'Please stop using my personal information, except to store it. I am using my right to limit how it is used (Article 18 of the UK GDPR).',
        '',
        'Why: [for example, while you check that it is correct]',
        '',
        'Please tell me before you start using it again.',
      ],
    },
    objection: {
      subject: 'Objection to how you use my personal information',
      fileName: 'objection.txt',
      body: [
        'I object to {council} using my personal information for [say which use]. I am using my right to object (Article 21 of the UK GDPR).',
        '',
        'My reasons: [say how this use affects you]',
        '',
        'Please stop this use unless you can show strong legal grounds that outweigh my interests.',
      ],
    },
    portability: {
      subject: 'Request for my data in a reusable format',
      fileName: 'portability-request.txt',
      body: [
        'Please send me the personal information I gave {council}, in a common format a computer can read, such as a spreadsheet file. I am using my right to data portability (Article 20 of the UK GDPR).',
        '',
        'If you want it sent to another organisation: [give its name and address]',
      ],
    },
    'withdraw-consent': {
      subject: 'I withdraw my consent',
      fileName: 'withdraw-consent.txt',
      body: [
        'I withdraw my consent for {council} to use my personal information for [say which use]. I am using my right to withdraw consent (Article 7(3) of the UK GDPR).',
        '',
        'Please stop this use and tell me when you have.',
      ],
    },
    'automated-review': {
      subject: 'Request for a person to review a decision made by computer',
      fileName: 'decision-review-request.txt',
      body: [
        'A decision about me was made by computer, with no person involved: [say which decision and when]. Please have a person review it, and explain how the decision was made. I am using my right not to be subject to decisions made by computer alone (Article 22 of the UK GDPR).',
        '',
        'Why I disagree: [say why you think the decision is wrong]',
      ],
    },
  },
  followUp: {
    subject: 'Reminder: {subject}',
    fileName: 'follow-up-letter.txt',
    body: [
      'On {sentOn} I sent you a request: "{subject}". I sent it to {contact}.',
      '',
      'The law gives you one calendar month to reply, so your reply was due by {dueOn}. I have not had a full reply.',
      '',
      'Please reply as soon as you can. If I do not hear from you, I may complain to the Information Commissioner’s Office.',
    ],
  },
};
