// Welsh letters: one per right, and the follow-up for an overdue request, in the terms of
// docs/glossary-cy.md. The council is named only where a name cannot mutate (after "At:" and
// as a genitive, "hysbysiad preifatrwydd Cyngor …"); elsewhere the letter says "chi" to it.
import type { LetterTemplates } from './types';

export const cy: LetterTemplates = {
  locale: 'cy',
  recipient: 'Swyddog Diogelu Data',
  toLine: 'At: Swyddog Diogelu Data, {council}',
  greeting: 'Annwyl Swyddog Diogelu Data,',
  notice: [
    'Rwy’n ysgrifennu am hysbysiad preifatrwydd {council}, "{title}", a ddarllenais ar {readOn} yn y cyfeiriad {url}. Mae fy nghais yn ymwneud â’r gwasanaeth hwn: {service}.',
  ],
  noticeNoUrl: [
    'Rwy’n ysgrifennu am hysbysiad preifatrwydd {council}, "{title}", a ddarllenais ar {readOn}. Mae fy nghais yn ymwneud â’r gwasanaeth hwn: {service}.',
  ],
  reply: 'Atebwch o fewn un mis calendr ar ôl cael y llythyr hwn, os gwelwch yn dda. Hoffwn gael ateb yn Gymraeg.',
  detailsHeading: 'Fy manylion:',
  detailLines: ['Enw llawn: {name}', 'Cyfeiriad: {address}', 'Cyfeirnod: {reference}'],
  blanks: { name: '[eich enw llawn]', address: '[eich cyfeiriad]', reference: '[unrhyw gyfeirnod, er enghraifft rhif cyfrif Treth Gyngor]' },
  signOff: 'Yn gywir,',
  theCouncil: 'y cyngor',
  anotherWay: 'eich gwefan neu ffordd arall',
  rights: {
    access: {
      subject: 'Cais gwrthrych am wybodaeth',
      fileName: 'cais-gwrthrych-am-wybodaeth.txt',
      body: [
        'Anfonwch gopi ataf i o’r holl wybodaeth bersonol sydd gennych chi amdanaf i, os gwelwch yn dda. Rwy’n defnyddio fy hawl i gael gweld fy ngwybodaeth (Erthygl 15 o GDPR y DU). Cais gwrthrych am wybodaeth yw hwn.',
        '',
        'Dywedwch wrthyf hefyd:',
        '- pam rydych chi’n defnyddio fy ngwybodaeth',
        '- gyda phwy rydych chi wedi’i rhannu',
        '- am ba hyd y byddwch chi’n ei chadw',
        '- o ble cawsoch chi hi, os nad gennyf i',
      ],
    },
    rectification: {
      subject: 'Cais i gywiro fy ngwybodaeth bersonol',
      fileName: 'cais-cywiro.txt',
      body: [
        'Mae peth o’r wybodaeth bersonol sydd gennych chi amdanaf i yn anghywir neu’n anghyflawn. Cywirwch hi, os gwelwch yn dda. Rwy’n defnyddio fy hawl i’w chywiro (Erthygl 16 o GDPR y DU).',
        '',
        'Beth sy’n anghywir: [dywedwch beth sy’n anghywir]',
        'Beth ddylai ei ddweud: [rhowch y wybodaeth gywir]',
        '',
        'Rhowch wybod i mi pan fyddwch wedi’i chywiro, a rhowch wybod i unrhyw un y gwnaethoch ei rhannu â nhw.',
      ],
    },
    erasure: {
      subject: 'Cais i ddileu fy ngwybodaeth bersonol',
      fileName: 'cais-dileu.txt',
      body: [
        'Dilëwch y wybodaeth bersonol sydd gennych chi amdanaf i, os gwelwch yn dda. Rwy’n defnyddio fy hawl i’w dileu (Erthygl 17 o GDPR y DU).',
        '',
        'Pam: [er enghraifft, nid oes ei hangen arnoch mwyach at y diben y cafodd ei chasglu]',
        '',
        'Os na fyddwch yn dileu rhywfaint ohoni, dywedwch wrthyf pa rannau a pham. Rhowch wybod hefyd i unrhyw un y gwnaethoch ei rhannu â nhw.',
      ],
    },
    restriction: {
      subject: 'Cais i gyfyngu ar sut rydych chi’n defnyddio fy ngwybodaeth bersonol',
      fileName: 'cais-cyfyngu.txt',
      body: [
        'Rhowch y gorau i ddefnyddio fy ngwybodaeth bersonol, ac eithrio i’w storio, os gwelwch yn dda. Rwy’n defnyddio fy hawl i gyfyngu ar sut mae’n cael ei defnyddio (Erthygl 18 o GDPR y DU).',
        '',
        'Pam: [er enghraifft, tra byddwch chi’n gwirio ei bod yn gywir]',
        '',
        'Dywedwch wrthyf cyn i chi ddechrau ei defnyddio eto.',
      ],
    },
    objection: {
      subject: 'Gwrthwynebiad i sut rydych chi’n defnyddio fy ngwybodaeth bersonol',
      fileName: 'gwrthwynebiad.txt',
      body: [
        'Rwy’n gwrthwynebu eich bod chi’n defnyddio fy ngwybodaeth bersonol ar gyfer [dywedwch pa ddefnydd]. Rwy’n defnyddio fy hawl i wrthwynebu (Erthygl 21 o GDPR y DU).',
        '',
        'Fy rhesymau: [dywedwch sut mae’r defnydd hwn yn effeithio arnoch chi]',
        '',
        'Rhowch y gorau i’r defnydd hwn, oni bai eich bod yn gallu dangos sail gyfreithiol gref sy’n drech na’m buddiannau i.',
      ],
    },
    portability: {
      subject: 'Cais am fy nata mewn fformat y gellir ei ailddefnyddio',
      fileName: 'cais-cludadwyedd-data.txt',
      body: [
        'Anfonwch ataf i y wybodaeth bersonol a roddais i chi, mewn fformat cyffredin y gall cyfrifiadur ei ddarllen, fel ffeil taenlen, os gwelwch yn dda. Rwy’n defnyddio fy hawl i gludadwyedd data (Erthygl 20 o GDPR y DU).',
        '',
        'Anfonwch hi hefyd at: [enw a chyfeiriad sefydliad arall, os ydych chi am iddo ei chael]',
      ],
    },
    'withdraw-consent': {
      subject: 'Rwy’n tynnu fy nghydsyniad yn ôl',
      fileName: 'tynnu-cydsyniad-yn-ol.txt',
      body: [
        'Rwy’n tynnu’n ôl fy nghydsyniad i chi ddefnyddio fy ngwybodaeth bersonol ar gyfer [dywedwch pa ddefnydd]. Rwy’n defnyddio fy hawl i dynnu cydsyniad yn ôl (Erthygl 7(3) o GDPR y DU).',
        '',
        'Rhowch y gorau i’r defnydd hwn, a rhowch wybod i mi pan fyddwch wedi gwneud hynny.',
      ],
    },
    'automated-review': {
      subject: 'Cais i berson adolygu penderfyniad a wnaed gan gyfrifiadur',
      fileName: 'cais-adolygu-penderfyniad.txt',
      body: [
        'Cafodd penderfyniad amdanaf i ei wneud gan gyfrifiadur, heb i berson fod yn rhan ohono: [dywedwch pa benderfyniad a phryd]. Gofynnwch i berson ei adolygu, ac eglurwch sut y cafodd y penderfyniad ei wneud. Rwy’n defnyddio fy hawl i beidio â bod yn destun penderfyniadau a wneir gan gyfrifiadur yn unig (Erthygl 22 o GDPR y DU).',
        '',
        'Pam rwy’n anghytuno: [dywedwch pam rydych chi’n meddwl bod y penderfyniad yn anghywir]',
      ],
    },
  },
  followUp: {
    subject: 'Nodyn atgoffa: {subject}',
    fileName: 'nodyn-atgoffa.txt',
    body: [
      'Ar {sentOn} anfonais gais atoch chi: "{subject}". Anfonais ef at: {contact}.',
      '',
      'Mae’r gyfraith yn rhoi un mis calendr i chi ateb, felly roedd eich ateb yn ddyledus erbyn {dueOn}. Nid wyf wedi cael ateb llawn.',
      '',
      'Atebwch cyn gynted ag y gallwch, os gwelwch yn dda. Os na chlywaf gennych chi, efallai y byddaf yn cwyno i Swyddfa’r Comisiynydd Gwybodaeth.',
    ],
  },
};
