// Every field rule, registered in one place: find a field's rule in one hop from here.
import type { Structure } from '../sections';
import type { NoticeSummary } from '../types';
import { automatedDecisionMaking } from './automated-decisions';
import { complaint } from './complaint';
import { contacts } from './contacts';
import { controller } from './controller';
import { icoRegistrationNumber } from './ico-number';
import { lastUpdated } from './last-updated';
import { lawfulBases } from './lawful-basis';
import { personalData, specialCategoryData } from './personal-data';
import { purposes } from './purposes';
import { recipients } from './recipients';
import { retention } from './retention';
import { rights } from './rights';
import { sources } from './sources';
import { internationalTransfers } from './transfers';

export type Fields = Omit<NoticeSummary, 'schemaVersion' | 'source' | 'detection' | 'checklist' | 'plain'>;

export function extractFields(s: Structure): Fields {
  const data = personalData(s);
  const { rightsContact, dataProtectionOfficer } = contacts(s);
  return {
    controller: controller(s),
    icoRegistrationNumber: icoRegistrationNumber(s),
    dataProtectionOfficer,
    rightsContact,
    purposes: purposes(s),
    lawfulBases: lawfulBases(s),
    personalData: data,
    specialCategoryData: specialCategoryData(s, data),
    recipients: recipients(s),
    retention: retention(s),
    rights: rights(s),
    complaint: complaint(s),
    internationalTransfers: internationalTransfers(s),
    automatedDecisionMaking: automatedDecisionMaking(s),
    sources: sources(s),
    lastUpdated: lastUpdated(s),
  };
}
