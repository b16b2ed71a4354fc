// What changed in a notice, in Welsh: the plain summary's terms (docs/glossary-cy.md), "chi",
// short sentences. "â" becomes "ag" before a vowel.
import type { ChangeWords } from './types';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const gyda = (v: string) => (/^[“"‘']?[aeiouwyâêîôûŵŷ]/i.test(v) ? `ag ${v}` : `â ${v}`);

export const cy: ChangeWords = {
  since: (date) => `Ers i chi gadw hwn ar ${date}:`,
  controller: {
    changed: (after, before) => `Mae’r hysbysiad bellach yn enwi ${after} fel y corff sy’n gyfrifol am eich data (roedd yn enwi ${before}).`,
    added: (after) => `Mae’r hysbysiad bellach yn enwi ${after} fel y corff sy’n gyfrifol am eich data.`,
    removed: (before) => `Nid yw’r hysbysiad yn dweud mwyach pwy sy’n gyfrifol am eich data (roedd yn enwi ${before}).`,
  },
  icoNumber: {
    changed: (after, before) => `Ei rif ar gofrestr yr ICO bellach yw ${after} (roedd yn ${before}).`,
    added: (after) => `Mae’r hysbysiad bellach yn rhoi ei rif ar gofrestr yr ICO, ${after}.`,
    removed: (before) => `Nid yw’r hysbysiad yn rhoi ei rif ar gofrestr yr ICO mwyach (roedd yn ${before}).`,
  },
  dpo: { added: 'Mae’r hysbysiad bellach yn sôn am swyddog diogelu data.', removed: 'Nid yw’r hysbysiad yn sôn am swyddog diogelu data mwyach.' },
  email: {
    added: (v) => `Gallwch bellach e-bostio ${v} i holi am eich data.`,
    removed: (v) => `Nid yw’r hysbysiad yn rhoi ${v} ar gyfer cwestiynau am eich data mwyach.`,
  },
  phone: {
    added: (v) => `Gallwch bellach ffonio ${v} i holi am eich data.`,
    removed: (v) => `Nid yw’r hysbysiad yn rhoi ${v} ar gyfer cwestiynau am eich data mwyach.`,
  },
  purpose: {
    added: (v) => `Maen nhw’n rhoi rheswm newydd dros ddefnyddio eich data: “${v}”.`,
    removed: (v) => `Nid ydyn nhw’n rhoi’r rheswm hwn dros ddefnyddio eich data mwyach: “${v}”.`,
  },
  data: {
    added: (v) => `Maen nhw bellach yn dweud eu bod yn cadw’r data hwn: “${v}”.`,
    removed: (v) => `Nid yw’r hysbysiad yn rhestru’r data hwn mwyach: “${v}”.`,
  },
  recipient: {
    added: (v) => `Maen nhw bellach yn ei rannu ${gyda(v)}.`,
    removed: (v) => `Nid ydyn nhw’n dweud mwyach eu bod yn ei rannu ${gyda(v)}.`,
  },
  source: {
    added: (v) => `Maen nhw bellach yn dweud eu bod yn cael eich data gan ${v}.`,
    removed: (v) => `Nid ydyn nhw’n dweud mwyach eu bod yn cael eich data gan ${v}.`,
  },
  basis: {
    added: (reason) => `Maen nhw bellach yn dweud y gallan nhw ddefnyddio eich data oherwydd ${reason}.`,
    removed: (reason) => `Nid ydyn nhw’n dweud mwyach eu bod yn defnyddio eich data oherwydd ${reason}.`,
  },
  right: {
    added: (right) => `Mae’r hysbysiad bellach yn sôn am eich hawl i ${right}.`,
    removed: (right) => `Nid yw’r hysbysiad yn sôn am eich hawl i ${right} mwyach.`,
  },
  special: {
    added: 'Mae’r hysbysiad bellach yn dweud y gallan nhw gadw data sensitif, y mae’r gyfraith yn ei ddiogelu’n fwy.',
    removed: 'Nid yw’r hysbysiad yn dweud mwyach eu bod yn cadw data sensitif.',
  },
  keep: { period: (periods) => `am ${periods}`, schedule: 'am y cyfnodau yn eu hamserlen gadw', vague: 'cyhyd ag y mae ei angen arnyn nhw' },
  retention: {
    changed: (after, before) => `Maen nhw bellach yn cadw eich data ${after} (roedd yn dweud ${before}).`,
    added: (after) => `Mae’r hysbysiad bellach yn dweud eu bod yn cadw eich data ${after}.`,
    removed: (before) => `Nid yw’r hysbysiad yn dweud mwyach am ba hyd maen nhw’n cadw eich data (roedd yn dweud ${before}).`,
  },
  icoComplaint: {
    added: 'Mae’r hysbysiad bellach yn dweud y gallwch gwyno i’r ICO.',
    removed: 'Nid yw’r hysbysiad yn dweud mwyach y gallwch gwyno i’r ICO.',
  },
  abroad: {
    yes: 'y gall eich data gael ei anfon y tu allan i’r DU',
    no: 'bod eich data’n aros yn y DU',
    unanswered: 'ei fod yn gofyn a yw eich data’n mynd dramor, heb ateb',
    'not-stated': 'dim byd am anfon eich data dramor',
  },
  automated: {
    yes: 'y gall cyfrifiadur wneud rhai penderfyniadau amdanoch chi',
    no: 'nad oes penderfyniadau amdanoch chi’n cael eu gwneud gan gyfrifiadur yn unig',
    unanswered: 'ei fod yn gofyn a yw cyfrifiadur yn gwneud penderfyniadau amdanoch chi, heb ateb',
    'not-stated': 'dim byd am benderfyniadau a wneir gan gyfrifiadur',
  },
  answer: (after, before) => `Mae’r hysbysiad bellach yn dweud ${after}. Cyn hynny, roedd yn dweud ${before}.`,
  lastUpdated: {
    changed: (after, before) => `Cafodd yr hysbysiad ei ddiweddaru ddiwethaf ar ${after} (cyn hynny, roedd yn dweud ${before}).`,
    added: (after) => `Mae’r hysbysiad bellach yn dweud iddo gael ei ddiweddaru ddiwethaf ar ${after}.`,
    removed: () => 'Nid yw’r hysbysiad yn dweud mwyach pryd y cafodd ei ddiweddaru ddiwethaf.',
  },
  checklist: {
    added: (full) => `Mae’r hysbysiad bellach yn cynnwys rhywbeth yr oedd yn ei adael allan: ${lower(full)}.`,
    removed: (missing) => `${missing} Roedd yn arfer gwneud hynny.`,
  },
};
