// The UK GDPR Article 13/14 checklist: what a notice must tell residents, and whether this one does.
// Items that apply only in some cases (legitimate interests, withdrawing consent) are listed only
// where the notice relies on that basis.
import type { Structure } from './sections';
import type { ChecklistItem, ChecklistStatus, NoticeSummary } from './types';

type Fields = Omit<NoticeSummary, 'checklist' | 'plain' | 'schemaVersion' | 'source' | 'detection'>;

const REQUIREMENT_STATEMENT = /\b(?:do\s+(?:i|you)\s+have\s+to|(?:you\s+)?(?:are|is)\s+(?:not\s+)?(?:required|obliged)\s+(?:by\s+law\s+)?to\s+(?:give|provide)|if\s+you\s+(?:do\s+not|don['’]t)\s+(?:give|provide)|what\s+(?:will\s+)?happens?\s+if\s+(?:i|you)\s+(?:do\s+not|don['’]t)|(?:statutory|contractual)\s+requirement|(?:is|are)\s+essential\s+for|(?:may|will)\s+not\s+be\s+able\s+to\s+provide\s+(?:you\s+with\s+)?(?:a|the|this|your)\s+(?:product\s+or\s+)?service\s+unless)\b/i;

const hasContact = (c: Fields['rightsContact']) => c.emails.length + c.phones.length + c.postalAddresses.length > 0;
const answerStatus = (status: string): ChecklistStatus => (status === 'yes' || status === 'no' ? 'present' : status === 'unanswered' ? 'unclear' : 'missing');

export function checklist(s: Structure, f: Fields): { item: ChecklistItem; status: ChecklistStatus }[] {
  const bases = new Set(f.lawfulBases.map((b) => b.basis));
  const topicSeen = (t: string) => s.sections.some((sec) => sec.headingTopics.includes(t as never));
  const rows: [ChecklistItem, ChecklistStatus | null][] = [
    ['controller-identity', f.controller.name ? 'present' : 'missing'],
    ['controller-contact', hasContact(f.rightsContact) ? 'present' : f.rightsContact.urls.length ? 'unclear' : 'missing'],
    ['dpo-contact', hasContact(f.dataProtectionOfficer.contact) ? 'present' : f.dataProtectionOfficer.mentioned ? 'unclear' : 'missing'],
    ['purposes', f.purposes.length ? 'present' : topicSeen('purposes') ? 'unclear' : 'missing'],
    ['lawful-basis', bases.size ? 'present' : topicSeen('lawful-basis') ? 'unclear' : 'missing'],
    ['legitimate-interests', bases.has('legitimate-interests') ? 'present' : null],
    ['recipients', f.recipients.length ? 'present' : topicSeen('recipients') ? 'unclear' : 'missing'],
    ['international-transfers', answerStatus(f.internationalTransfers.status)],
    ['retention', f.retention.status === 'period' || f.retention.status === 'schedule' ? 'present' : f.retention.status === 'vague' ? 'unclear' : 'missing'],
    ['rights', f.rights.filter((r) => r.right !== 'complain').length >= 2 ? 'present' : f.rights.length || topicSeen('rights') ? 'unclear' : 'missing'],
    ['withdraw-consent', bases.has('consent') ? (f.rights.some((r) => r.right === 'withdraw-consent') ? 'present' : 'missing') : null],
    ['complain-to-ico', f.complaint.icoMentioned ? 'present' : 'missing'],
    ['statutory-or-contractual-requirement', s.units.some((u) => REQUIREMENT_STATEMENT.test(u.text)) || topicSeen('requirement') ? 'present' : 'missing'],
    ['automated-decision-making', answerStatus(f.automatedDecisionMaking.status)],
    ['categories-of-data', f.personalData.length || f.specialCategoryData.items.length ? 'present' : topicSeen('data-collected') ? 'unclear' : 'missing'],
    ['source-of-data', f.sources.length ? 'present' : topicSeen('sources') ? 'unclear' : 'missing'],
  ];
  return rows.filter((r): r is [ChecklistItem, ChecklistStatus] => r[1] !== null).map(([item, status]) => ({ item, status }));
}
