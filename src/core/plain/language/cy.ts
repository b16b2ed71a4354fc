// The plain summary in Welsh, in the clear modern Welsh Welsh councils use: "chi", short
// sentences, the ICO's and councils' own terms (docs/glossary-cy.md). Word order keeps the
// council's name straight after "Mae" or a verb, where a name does not mutate.
import type { PlainWords } from './types';

/** "Mae’r cyngor" for the unnamed council ("y cyngor"), "Mae Cyngor Sir X" for a name. */
const mae = (org: string) => (/^y /i.test(org) ? `Mae’r ${org.slice(2)}` : `Mae ${org}`);
/** A number before a (masculine) noun: "un rheswm", "dau reswm" (soft mutation), "3 rheswm". */
const nifer = (n: number, noun: string, afterDau: string) => (n === 1 ? `un ${noun}` : n === 2 ? `dau ${afterDau}` : `${n} ${noun}`);
/** "a" before a consonant, "ac" before a vowel (quotes looked through). */
const and = (next: string) => (/^[“"‘']?[aeiouwyâêîôûŵŷ]/i.test(next) ? 'ac' : 'a');
const amongThem = (examples: string) => `Yn eu plith mae ${examples}.`;

const right: PlainWords['right'] = {
  informed: 'gael gwybod sut mae eich data’n cael ei ddefnyddio',
  access: 'gael copi o’ch data',
  rectification: 'gael cywiro data anghywir',
  erasure: 'gael dileu eich data',
  restriction: 'gyfyngu ar sut mae eich data’n cael ei ddefnyddio',
  objection: 'wrthwynebu sut mae eich data’n cael ei ddefnyddio',
  portability: 'symud eich data i wasanaeth arall',
  'automated-decisions': 'ofyn i berson wirio penderfyniad a wnaed gan gyfrifiadur',
  'withdraw-consent': 'dynnu eich cydsyniad yn ôl',
  complain: 'gwyno am sut mae eich data’n cael ei ddefnyddio',
};

export const cy: PlainWords = {
  list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and(items[items.length - 1]!)} ${items[items.length - 1]}`),
  basis: {
    consent: 'eich bod wedi cytuno i hynny (cydsyniad)',
    contract: 'bod ei angen ar gyfer contract gyda chi (contract)',
    'legal-obligation': 'bod y gyfraith yn dweud bod rhaid iddo wneud hynny (rhwymedigaeth gyfreithiol)',
    'vital-interests': 'bod rhaid iddo ddiogelu bywyd neu ddiogelwch rhywun (buddiannau hanfodol)',
    'public-task': 'bod hyn yn rhan o’i waith cyhoeddus (tasg gyhoeddus)',
    'legitimate-interests': 'bod ganddo reswm teg ei hun (buddiannau cyfreithlon)',
  },
  right,
  // After "hawl i" a verb mutates (i gael, i ddileu); on its own it does not.
  rightName: {
    informed: 'cael gwybod sut mae eich data’n cael ei ddefnyddio',
    access: 'cael copi o’ch data',
    rectification: 'cael cywiro data anghywir',
    erasure: 'cael dileu eich data',
    restriction: 'cyfyngu ar sut mae eich data’n cael ei ddefnyddio',
    objection: 'gwrthwynebu sut mae eich data’n cael ei ddefnyddio',
    portability: 'symud eich data i wasanaeth arall',
    'automated-decisions': 'gofyn i berson wirio penderfyniad a wnaed gan gyfrifiadur',
    'withdraw-consent': 'tynnu eich cydsyniad yn ôl',
    complain: 'cwyno am sut mae eich data’n cael ei ddefnyddio',
  },
  checklist: {
    'controller-identity': {
      short: 'Pwy', full: 'Yn dweud pwy sy’n gyfrifol am y data',
      missing: 'Nid yw’r hysbysiad yn dweud pwy sy’n gyfrifol am eich data.',
      unclear: 'Nid yw’r hysbysiad yn glir ynghylch pwy sy’n gyfrifol am eich data.',
    },
    'controller-contact': {
      short: 'Cyswllt', full: 'Yn rhoi cyswllt ar gyfer cwestiynau am ddata',
      missing: 'Nid yw’r hysbysiad yn dweud sut i gysylltu â nhw am eich data.',
      unclear: 'Dim ond tudalen we mae’r hysbysiad yn ei rhoi ar gyfer cysylltu â nhw am eich data.',
    },
    'dpo-contact': {
      short: 'SDD', full: 'Yn rhoi manylion cyswllt y Swyddog Diogelu Data',
      missing: 'Nid yw’r hysbysiad yn rhoi cyswllt ar gyfer Swyddog Diogelu Data.',
      unclear: 'Mae’r hysbysiad yn enwi Swyddog Diogelu Data, ond nid yw’n dweud sut i gysylltu â’r swyddog.',
    },
    purposes: {
      short: 'Pam', full: 'Yn dweud pam mae’r data’n cael ei ddefnyddio',
      missing: 'Nid yw’r hysbysiad yn dweud pam maen nhw’n defnyddio eich data.',
      unclear: 'Nid yw’r hysbysiad yn glir ynghylch pam maen nhw’n defnyddio eich data.',
    },
    'lawful-basis': {
      short: 'Cyfraith', full: 'Yn dweud pa sail gyfreithlon sy’n berthnasol',
      missing: 'Nid yw’r hysbysiad yn dweud pa ran o’r gyfraith sy’n caniatáu iddyn nhw ddefnyddio eich data.',
      unclear: 'Nid yw’r hysbysiad yn glir ynghylch pa ran o’r gyfraith sy’n caniatáu iddyn nhw ddefnyddio eich data.',
    },
    'legitimate-interests': {
      short: 'Buddiannau', full: 'Yn egluro’r buddiannau cyfreithlon mae’n dibynnu arnyn nhw',
      missing: 'Nid yw’r hysbysiad yn egluro’r buddiannau mae’n dibynnu arnyn nhw.',
      unclear: 'Nid yw’r hysbysiad yn glir ynghylch y buddiannau mae’n dibynnu arnyn nhw.',
    },
    recipients: {
      short: 'Rhannu', full: 'Yn dweud gyda phwy mae’r data’n cael ei rannu',
      missing: 'Nid yw’r hysbysiad yn dweud gyda phwy maen nhw’n rhannu eich data.',
      unclear: 'Mae’r hysbysiad yn dweud eu bod yn rhannu eich data, ond nid gyda phwy.',
    },
    'international-transfers': {
      short: 'Tramor', full: 'Yn dweud a yw’r data’n gadael y DU',
      missing: 'Nid yw’r hysbysiad yn dweud a yw eich data’n gadael y DU.',
      unclear: 'Mae’r hysbysiad yn gofyn a yw eich data’n gadael y DU, ond nid yw’n ateb.',
    },
    retention: {
      short: 'Cadw', full: 'Yn dweud am ba hyd mae’r data’n cael ei gadw',
      missing: 'Nid yw’r hysbysiad yn dweud am ba hyd maen nhw’n cadw eich data.',
      unclear: 'Nid yw’r hysbysiad yn rhoi cyfnod clir ar gyfer cadw eich data.',
    },
    rights: {
      short: 'Hawliau', full: 'Yn rhestru eich hawliau',
      missing: 'Nid yw’r hysbysiad yn rhestru eich hawliau.',
      unclear: 'Nid yw’r hysbysiad yn rhestru eich hawliau’n glir.',
    },
    'withdraw-consent': {
      short: 'Cydsyniad', full: 'Yn dweud y gallwch dynnu cydsyniad yn ôl',
      missing: 'Mae’r hysbysiad yn dibynnu ar eich cydsyniad, ond nid yw’n dweud y gallwch ei dynnu’n ôl.',
      unclear: 'Nid yw’r hysbysiad yn glir y gallwch dynnu eich cydsyniad yn ôl.',
    },
    'complain-to-ico': {
      short: 'ICO', full: 'Yn dweud y gallwch gwyno i’r ICO',
      missing: 'Nid yw’r hysbysiad yn dweud y gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO).',
      unclear: 'Nid yw’r hysbysiad yn glir y gallwch gwyno i’r ICO.',
    },
    'statutory-or-contractual-requirement': {
      short: 'Rhaid rhoi', full: 'Yn dweud a oes rhaid i chi roi’r data',
      missing: 'Nid yw’r hysbysiad yn dweud a oes rhaid i chi roi eich data, na beth sy’n digwydd os na wnewch chi.',
      unclear: 'Nid yw’r hysbysiad yn glir ynghylch a oes rhaid i chi roi eich data.',
    },
    'automated-decision-making': {
      short: 'Cyfrifiadur', full: 'Yn dweud a yw cyfrifiadur yn gwneud penderfyniadau',
      missing: 'Nid yw’r hysbysiad yn dweud a yw cyfrifiadur yn gwneud penderfyniadau amdanoch chi.',
      unclear: 'Mae’r hysbysiad yn gofyn a yw cyfrifiadur yn gwneud penderfyniadau amdanoch chi, ond nid yw’n ateb.',
    },
    'categories-of-data': {
      short: 'Data', full: 'Yn rhestru’r mathau o ddata sy’n cael eu cadw',
      missing: 'Nid yw’r hysbysiad yn dweud pa fathau o ddata maen nhw’n eu cadw.',
      unclear: 'Nid yw’r hysbysiad yn glir ynghylch pa fathau o ddata maen nhw’n eu cadw.',
    },
    'source-of-data': {
      short: 'Ffynhonnell', full: 'Yn dweud o ble mae’r data’n dod',
      missing: 'Nid yw’r hysbysiad yn dweud o ble maen nhw’n cael eich data.',
      unclear: 'Nid yw’r hysbysiad yn glir ynghylch o ble maen nhw’n cael eich data.',
    },
  },
  unnamed: { council: 'y cyngor', organisation: 'y sefydliad' },
  titles: {
    who: 'Pwy sydd â’ch data', why: 'Pam maen nhw’n ei ddefnyddio', what: 'Beth maen nhw’n ei gadw', sharing: 'Gyda phwy maen nhw’n ei rannu',
    keeping: 'Am ba hyd maen nhw’n ei gadw', rights: 'Eich hawliau', abroad: 'Ei anfon dramor', automated: 'Penderfyniadau gan gyfrifiadur',
    missing: 'Beth mae’r hysbysiad yn ei adael allan', 'not-a-notice': 'Nid hysbysiad preifatrwydd',
  },
  headline: {
    named: (name) => `${mae(name)} yn cadw’r wybodaeth hon.`,
    unnamed: (org) => `${mae(org)} yn cadw’r wybodaeth hon. Nid yw’r hysbysiad yn rhoi ei enw.`,
  },
  notNotice: {
    headline: 'Nid yw’r dudalen hon yn edrych fel hysbysiad preifatrwydd.',
    sentences: ['Ni allai Plain Notice ddod o hyd i rannau hysbysiad preifatrwydd ar y dudalen hon.', 'Gallwch ddadansoddi’r dudalen o hyd i weld beth mae’n ei ddweud.'],
  },
  who: {
    inCharge: (name) => `${mae(name)} yn gyfrifol am eich data.`,
    noController: 'Nid yw’r hysbysiad yn dweud pwy sy’n gyfrifol am eich data.',
    icoNumber: (n) => `Y rhif ar gofrestr yr ICO yw ${n}.`,
    email: (email) => `I holi am eich data, anfonwch e-bost at ${email}.`,
    phone: (phone, afterEmail) => (afterEmail ? `Neu ffoniwch ${phone}.` : `I holi am eich data, ffoniwch ${phone}.`),
    post: (address) => `I holi am eich data, ysgrifennwch at ${address}.`,
    dpo: (org) => `${mae(org)} wedi penodi Swyddog Diogelu Data.`,
    dpoEmail: (email) => `Cyfeiriad e-bost y swyddog yw ${email}.`,
  },
  why: {
    count: (n) => `Mae’r hysbysiad yn rhoi ${nifer(n, 'rheswm', 'reswm')} dros ddefnyddio eich data.`,
    examples: (n, examples) => (n === 1 ? `Y rheswm yw ${examples}.` : amongThem(examples)),
    none: 'Nid yw’r hysbysiad yn dweud pam maen nhw’n defnyddio eich data.',
    basis: (org, basis, first) => (first ? `Gall ${org} ddefnyddio eich data oherwydd ${basis}.` : `Gall hefyd ei ddefnyddio oherwydd ${basis}.`),
  },
  what: {
    held: (org, n, examples) => `Gall ${org} gadw ${nifer(n, 'math', 'fath')} o ddata amdanoch chi, fel ${examples}.`,
    none: 'Nid yw’r hysbysiad yn rhestru’r mathau o ddata maen nhw’n eu cadw.',
    special: ['Efallai eu bod yn cadw data sensitif, fel gwybodaeth am iechyd, ethnigrwydd neu gofnodion troseddol.', 'Mae’r gyfraith yn rhoi diogelwch ychwanegol i’r data hwn.'],
  },
  sharing: {
    count: (org, n) => (n === 1 ? `Gall ${org} rannu eich data ag un derbynnydd.` : `Gall ${org} rannu eich data â ${nifer(n, 'derbynnydd', 'dderbynnydd')}.`),
    examples: (n, examples) => (n === 1 ? `Y derbynnydd yw ${examples}.` : amongThem(examples)),
    none: 'Nid yw’r hysbysiad yn dweud gyda phwy maen nhw’n rhannu eich data.',
  },
  keeping: {
    period: (org) => `${mae(org)} yn cadw eich data am gyfnod penodol.`,
    says: (periods) => `Mae’r hysbysiad yn dweud ${periods}.`,
    schedule: (org) => `${mae(org)} yn cadw eich data am y cyfnodau yn ei amserlen gadw.`,
    scheduleNoTimes: 'Nid yw’r hysbysiad ei hun yn rhoi’r cyfnodau.',
    vague: ['Nid yw’r hysbysiad yn rhoi cyfnod clir ar gyfer cadw eich data.', 'Mae ond yn dweud eu bod yn ei gadw cyhyd ag y mae ei angen arnyn nhw.'],
    none: 'Nid yw’r hysbysiad yn dweud am ba hyd maen nhw’n cadw eich data.',
  },
  rights: {
    has: (r) => `Mae gennych hawl i ${r}.`,
    none: 'Nid yw’r hysbysiad yn enwi eich hawliau.',
    alwaysAccess: 'Gallwch bob amser ofyn am gopi o’ch data.',
    sarName: 'Cais gwrthrych am wybodaeth yw’r enw ar ofyn am gopi.',
    icoSaid: 'Mae’r hysbysiad yn dweud y gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO).',
    icoNotSaid: 'Gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO), er nad yw’r hysbysiad yn dweud hynny.',
  },
  abroad: {
    yes: 'Efallai y bydd eich data’n cael ei anfon y tu allan i’r DU.',
    no: 'Mae’r hysbysiad yn dweud bod eich data’n aros yn y DU.',
    unanswered: 'Mae’r hysbysiad yn gofyn a yw eich data’n mynd dramor, ond nid yw’n ateb.',
    'not-stated': 'Nid yw’r hysbysiad yn dweud a yw eich data’n mynd dramor.',
  },
  automated: {
    yes: 'Efallai y bydd cyfrifiadur yn gwneud rhai penderfyniadau amdanoch chi heb berson.',
    no: 'Mae’r hysbysiad yn dweud nad oes penderfyniadau amdanoch chi’n cael eu gwneud gan gyfrifiadur yn unig.',
    unanswered: 'Mae’r hysbysiad yn gofyn a yw cyfrifiadur yn gwneud penderfyniadau amdanoch chi, ond nid yw’n ateb.',
    'not-stated': 'Nid yw’r hysbysiad yn dweud a yw cyfrifiadur yn gwneud penderfyniadau amdanoch chi.',
  },
  missingNone: 'Mae’r hysbysiad yn cynnwys popeth mae’r gyfraith yn gofyn amdano.',
  text: { title: 'Teitl', noTitle: '(dim)', privacyNotice: 'Hysbysiad preifatrwydd', score: 'sgôr', council: 'Cyngor', lastUpdated: 'Diweddarwyd ddiwethaf', notGiven: 'heb ei roi', yes: 'ydy', no: 'nac ydy' },
};
