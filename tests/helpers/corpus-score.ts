// Field-by-field agreement between our summaries and the corpus's gold labels
// (../shared/corpus/LABELS.md). Accuracy for single values, F1 for sets; text items match when
// one contains the other or they share half their words.
import type { NoticeSummary } from '../../src/core/types';

export type Gold = {
  id: string; isPrivacyNotice: boolean; isCouncil: boolean; controller: string | null; icoRegistrationNumber: string | null;
  dpoMentioned: boolean; rightsContactEmails: string[]; rightsContactPhones: string[]; purposesStated: boolean; purposes: string[];
  lawfulBases: string[]; specialCategoryMentioned: boolean; recipientsStated: boolean; recipients: string[];
  retention: { status: string; periods: string[] }; rights: string[]; icoComplaint: boolean;
  internationalTransfers: string; automatedDecisions: string; lastUpdated: string | null;
};

const words = (s: string) => s.toLowerCase().replace(/&/g, ' and ').replace(/['’]/g, '').replace(/[^a-z0-9@.]+/g, ' ')
  .replace(/\b(?:the|a|an|of|and)\b/g, ' ').replace(/\s+/g, ' ').trim();
const wordSet = (s: string) => new Set(words(s).split(' ').filter(Boolean));
function similar(a: string, b: string): boolean {
  const x = words(a), y = words(b);
  if (x.length > 2 && y.length > 2 && (x.includes(y) || y.includes(x))) return true;
  const A = wordSet(a), B = wordSet(b);
  const shared = [...A].filter((w) => B.has(w)).length;
  return A.size > 0 && B.size > 0 && shared / (A.size + B.size - shared) >= 0.5;
}
const digits = (s: string) => s.replace(/\D/g, '').replace(/^44/, '0');

type Tally = { ok: number; n: number; tp: number; fp: number; fn: number };
export type Report = Record<string, number>;

export function scoreCorpus(pairs: { gold: Gold; summary: NoticeSummary }[]): Report {
  const t: Record<string, Tally> = {};
  const tally = (k: string) => (t[k] ??= { ok: 0, n: 0, tp: 0, fp: 0, fn: 0 });
  const acc = (k: string, got: unknown, want: unknown) => { const x = tally(k); x.n++; if (got === want) x.ok++; };
  const set = (k: string, got: string[], want: string[], eq: (a: string, b: string) => boolean) => {
    const x = tally(k); const used = new Set<number>(); let tp = 0;
    for (const w of want) { const i = got.findIndex((g, j) => !used.has(j) && eq(g, w)); if (i >= 0) { used.add(i); tp++; } }
    x.tp += tp; x.fp += got.length - tp; x.fn += want.length - tp;
  };
  for (const { gold: g, summary: s } of pairs) {
    const det = tally('detection');
    if (s.detection.isPrivacyNotice && g.isPrivacyNotice) det.tp++; else if (s.detection.isPrivacyNotice) det.fp++; else if (g.isPrivacyNotice) det.fn++;
    if (!g.isPrivacyNotice) continue;
    acc('isCouncil', s.detection.isCouncil, g.isCouncil);
    if (g.controller) { const x = tally('controller'); x.n++; if (s.controller.name && (words(s.controller.name) === words(g.controller) || similar(s.controller.name, g.controller))) x.ok++; }
    acc('icoRegistrationNumber', s.icoRegistrationNumber, g.icoRegistrationNumber);
    acc('dpoMentioned', s.dataProtectionOfficer.mentioned, g.dpoMentioned);
    set('rightsContactEmails', s.rightsContact.emails.map((e) => e.toLowerCase()), g.rightsContactEmails.map((e) => e.toLowerCase()), (a, b) => a === b);
    set('rightsContactPhones', s.rightsContact.phones.map(digits), g.rightsContactPhones.map(digits), (a, b) => a === b);
    acc('purposesStated', s.purposes.length > 0, g.purposesStated);
    set('purposes', s.purposes.map((p) => p.text), g.purposes, similar);
    set('lawfulBases', [...new Set(s.lawfulBases.map((b) => b.basis as string))], g.lawfulBases, (a, b) => a === b);
    acc('specialCategoryMentioned', s.specialCategoryData.mentioned, g.specialCategoryMentioned);
    acc('recipientsStated', s.recipients.length > 0, g.recipientsStated);
    set('recipients', s.recipients.map((r) => r.text), g.recipients, similar);
    acc('retentionStatus', s.retention.status, g.retention.status);
    set('retentionPeriods', s.retention.periods, g.retention.periods, similar);
    set('rights', [...new Set(s.rights.map((r) => r.right as string))], g.rights, (a, b) => a === b);
    acc('icoComplaint', s.complaint.icoMentioned, g.icoComplaint);
    acc('internationalTransfers', s.internationalTransfers.status, g.internationalTransfers);
    acc('automatedDecisions', s.automatedDecisionMaking.status, g.automatedDecisions);
    acc('lastUpdated', s.lastUpdated, g.lastUpdated);
  }
  const report: Report = {};
  for (const [k, x] of Object.entries(t)) {
    if (x.n) report[k] = x.ok / x.n;
    else {
      const p = x.tp + x.fp ? x.tp / (x.tp + x.fp) : 1, r = x.tp + x.fn ? x.tp / (x.tp + x.fn) : 1;
      report[k] = p + r ? (2 * p * r) / (p + r) : 0;
    }
  }
  return report;
}
