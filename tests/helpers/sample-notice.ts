// A privacy notice written for these tests (Harrowfield District Council's parking permits), as
// an outline that notice-pdf.ts turns into both HTML and PDF.
import type { Part } from './notice-pdf';

export function permitNotice(council = 'Harrowfield District Council', service = 'Parking permits'): Part[] {
  return [
    { h1: `${service} privacy notice` },
    { p: `${council} is the data controller for the personal information you give us when you apply for a parking permit. Our ICO registration number is Z7654321.` },
    { h2: 'Contact our data protection officer' },
    { p: 'You can contact our data protection officer by email at dpo@harrowfield.example.gov.uk or by phone on 01632 960123.' },
    { h2: 'What information we collect' },
    { p: 'We collect the following information about you:' },
    { li: ['your name and address', 'your vehicle registration number', 'your email address and phone number', 'proof that you live in the permit zone'] },
    { h2: 'Why we use your information' },
    { p: 'We use your information to decide whether you can have a permit, to issue and renew permits and to enforce parking rules in permit zones. This work is part of our public task under the Road Traffic Regulation Act 1984, so our lawful basis is public task.' },
    { h2: 'Who we share your information with' },
    { p: 'We may share your information with:' },
    { li: ['the Driver and Vehicle Licensing Agency', 'our enforcement contractor', 'the police, when they ask for it to prevent crime'] },
    { h2: 'How long we keep your information' },
    { p: 'We keep your permit records for 2 years after your permit ends. We then delete them securely.' },
    { h2: 'Transfers outside the UK' },
    { p: 'We do not transfer your information outside the UK.' },
    { h2: 'Automated decision making' },
    { p: 'We do not make decisions about you by automated means alone.' },
    { h2: 'Your rights' },
    { p: 'You have the right to:' },
    { ol: ['ask for a copy of your information', 'ask us to correct information that is wrong', 'ask us to delete your information', 'object to how we use your information', 'ask us to restrict how we use your information'] },
    { h2: 'How to complain' },
    { p: 'If you are unhappy with how we have used your information, you can complain to the Information Commissioner\'s Office (ICO) at ico.org.uk or on 0303 123 1113.' },
    { p: 'This notice was last updated on 3 March 2026.' },
  ];
}
