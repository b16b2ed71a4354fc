// Short column names for the checklist items, with the full name for screen readers and tooltips.
import type { ChecklistItem } from '../core/types';

export const CHECKLIST_LABELS: Record<ChecklistItem, { short: string; full: string }> = {
  'controller-identity': { short: 'Who', full: 'Says who is in charge of the data' },
  'controller-contact': { short: 'Contact', full: 'Gives a contact for data questions' },
  'dpo-contact': { short: 'DPO', full: 'Gives the data protection officer’s contact' },
  purposes: { short: 'Why', full: 'Says why the data is used' },
  'lawful-basis': { short: 'Law', full: 'Says which lawful basis applies' },
  'legitimate-interests': { short: 'Interests', full: 'Explains the legitimate interests relied on' },
  recipients: { short: 'Shared', full: 'Says who the data is shared with' },
  'international-transfers': { short: 'Abroad', full: 'Says whether data leaves the UK' },
  retention: { short: 'Kept', full: 'Says how long data is kept' },
  rights: { short: 'Rights', full: 'Lists your rights' },
  'withdraw-consent': { short: 'Consent', full: 'Says you can withdraw consent' },
  'complain-to-ico': { short: 'ICO', full: 'Says you can complain to the ICO' },
  'statutory-or-contractual-requirement': { short: 'Must give', full: 'Says whether you must give the data' },
  'automated-decision-making': { short: 'Computer', full: 'Says whether a computer makes decisions' },
  'categories-of-data': { short: 'Data', full: 'Lists the kinds of data held' },
  'source-of-data': { short: 'Source', full: 'Says where the data comes from' },
};
