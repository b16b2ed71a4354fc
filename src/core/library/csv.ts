// One CSV row per notice, the same columns from the compare page and the command line.
// papaparse writes the CSV (quoting, embedded commas, line breaks and quotes done right).
import Papa from 'papaparse';
import { CHECKLIST_ITEMS, type NoticeSummary } from '../types';
import { councilOf, serviceOf } from './naming';
import { noticeScore } from './score';

export interface CsvSource { summary: NoticeSummary; council?: string; service?: string; firstSavedAt?: string; savedAt?: string }

/** The columns, in order, with what each holds (documented in README). */
export const CSV_COLUMNS: [string, string, (r: Required<Omit<CsvSource, 'firstSavedAt' | 'savedAt'>> & CsvSource) => string | number | boolean][] = [
  ['council', 'the council (controller), else the site', (r) => r.council],
  ['service', 'the service the notice covers', (r) => r.service],
  ['title', 'the page title', (r) => r.summary.source.title ?? ''],
  ['url', 'the page address', (r) => r.summary.source.url ?? ''],
  ['first_saved', 'when first saved (compare page only)', (r) => r.firstSavedAt ?? ''],
  ['saved', 'when last saved (compare page only)', (r) => r.savedAt ?? ''],
  ['analysed', 'when the notice was read', (r) => r.summary.source.analysedAt],
  ['last_updated', 'the notice’s own last-updated date', (r) => r.summary.lastUpdated ?? ''],
  ['is_privacy_notice', 'true when the page reads as a privacy notice', (r) => r.summary.detection.isPrivacyNotice],
  ['transparency_score', '0–100, see the formula', (r) => noticeScore(r.summary)],
  ['controller', 'the data controller named', (r) => r.summary.controller.name ?? ''],
  ['ico_registration_number', 'the ICO registration number', (r) => r.summary.icoRegistrationNumber ?? ''],
  ['dpo_mentioned', 'a data protection officer is mentioned', (r) => r.summary.dataProtectionOfficer.mentioned],
  ['rights_contact_emails', 'emails for rights requests, separated by ;', (r) => r.summary.rightsContact.emails.join('; ')],
  ['rights_contact_phones', 'phones for rights requests, separated by ;', (r) => r.summary.rightsContact.phones.join('; ')],
  ['purposes', 'how many purposes are listed', (r) => r.summary.purposes.length],
  ['lawful_bases', 'Article 6 bases named, separated by ;', (r) => r.summary.lawfulBases.map((b) => b.basis).join('; ')],
  ['special_category', 'special category or criminal offence data is mentioned', (r) => r.summary.specialCategoryData.mentioned],
  ['recipients', 'how many recipients are named', (r) => r.summary.recipients.length],
  ['retention_status', 'period, schedule, vague or not-stated', (r) => r.summary.retention.status],
  ['retention_periods', 'each period as written, separated by ;', (r) => r.summary.retention.periods.join('; ')],
  ['rights', 'rights named, separated by ;', (r) => r.summary.rights.map((x) => x.right).join('; ')],
  ['rights_count', 'how many rights are named', (r) => r.summary.rights.length],
  ['ico_complaint', 'tells residents they can complain to the ICO', (r) => r.summary.complaint.icoMentioned],
  ['international_transfers', 'yes, no, unanswered or not-stated', (r) => r.summary.internationalTransfers.status],
  ['automated_decisions', 'yes, no, unanswered or not-stated', (r) => r.summary.automatedDecisionMaking.status],
  ...CHECKLIST_ITEMS.map((item): (typeof CSV_COLUMNS)[number] => [
    `checklist_${item.replace(/-/g, '_')}`, `present, missing or unclear; empty when it does not apply`,
    (r) => r.summary.checklist.find((c) => c.item === item)?.status ?? '',
  ]),
];

export function toCsv(sources: CsvSource[]): string {
  const rows = sources.map((s) => {
    const r = { ...s, council: s.council ?? councilOf(s.summary), service: s.service ?? serviceOf(s.summary) };
    return CSV_COLUMNS.map(([, , get]) => get(r));
  });
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula: prefix a quote.
  const safe = rows.map((row) => row.map((v) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
  return Papa.unparse({ fields: CSV_COLUMNS.map(([name]) => name), data: safe }, { newline: '\r\n' });
}
