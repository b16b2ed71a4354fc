// The engine: a document → a NoticeSummary. Pure: no browser or Node API, no clock unless given.
import { checklist } from './checklist';
import { detect } from './detection';
import type { NoticeDocument } from './document';
import { extractFields, type Fields } from './fields';
import { limitDocument } from './limits';
import { plainSummary } from './plain/summary';
import { buildStructure } from './sections';
import { emptyContact } from './text/contacts';
import { SCHEMA_VERSION, type NoticeSummary } from './types';

export interface AnalyseOptions {
  /** When the analysis ran (ISO timestamp); the caller owns the clock. */
  analysedAt: string;
  /** Analyse even when the page does not look like a notice ("Analyse this page anyway"). */
  force?: boolean;
}

function emptyFields(): Fields {
  return {
    controller: { name: null, evidence: null }, icoRegistrationNumber: null,
    dataProtectionOfficer: { mentioned: false, contact: emptyContact() }, rightsContact: emptyContact(),
    purposes: [], lawfulBases: [], personalData: [], specialCategoryData: { mentioned: false, items: [] },
    recipients: [], retention: { status: 'not-stated', periods: [], evidence: null }, rights: [],
    complaint: { icoMentioned: false, evidence: null },
    internationalTransfers: { status: 'not-stated', evidence: null },
    automatedDecisionMaking: { status: 'not-stated', evidence: null }, sources: [], lastUpdated: null,
  };
}

export function analyseDocument(whole: NoticeDocument, options: AnalyseOptions): NoticeSummary {
  const doc = limitDocument(whole);
  const structure = buildStructure(doc);
  const fields = extractFields(structure);
  const detection = detect(structure, fields);
  // A page that is not a notice keeps only what identifies it, unless the user asked for more.
  const kept = detection.isPrivacyNotice || options.force ? fields : { ...emptyFields(), controller: fields.controller };
  const list = checklist(structure, kept);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { url: doc.url, title: doc.title, analysedAt: options.analysedAt },
    detection,
    ...kept,
    checklist: list,
    plain: plainSummary({ ...kept, detection, checklist: list }, detection.isPrivacyNotice || !!options.force),
  };
}
