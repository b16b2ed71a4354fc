import { describe, expect, it } from 'vitest';
import { purposes } from './purposes';
import { structureOf } from './test-helpers';

const texts = (t: string) => purposes(structureOf(`Notice\n\n${t}`)).map((p) => p.text);

describe('purposes', () => {
  it('reads each item of a purpose list', () => {
    expect(texts('Why we use your information\n\nWe use it to:\n\n- issue permits;\n- enforce parking rules; and\n- handle appeals.')).toEqual(['issue permits', 'enforce parking rules', 'handle appeals']);
  });
  it('reads purpose sentences in prose, one purpose per clause', () => {
    expect(texts('Why we need your data\n\nWe use your information in order to plan school places. Our office is open on weekdays.')).toEqual(['plan school places']);
    expect(texts('About this service\n\nWe may also use your information to verify your identity, contact you by post or email and keep our records up to date.')).toEqual(['verify your identity', 'contact you by post or email', 'keep our records up to date']);
  });
  it('keeps bare verbs with the object they share', () => {
    expect(texts('Why we use it\n\nWe use it so that we can plan, monitor and improve our services.')).toEqual(['plan, monitor and improve our services']);
  });
  it('reads "for … purposes" and "Purpose: A, B" lines', () => {
    expect(texts('Why we use it\n\nWhere your information is used for statistical purposes we remove your name.')).toEqual(['statistical purposes']);
    expect(texts('About us\n\nPurpose for processing: Service delivery, Service planning, Fraud prevention')).toEqual(['Service delivery', 'Service planning', 'Fraud prevention']);
  });
  it('does not read sharing, definitions or needs outside a data sentence as purposes', () => {
    expect(texts('Who we share it with\n\nWe share it with schools when we need to protect a child.')).toEqual([]);
    expect(texts('About us\n\nPersonal data is any information that can be used to identify you.')).toEqual([]);
  });
  it('does not read a list that a lead-in gives another subject', () => {
    expect(texts('Why we use your information\n\nWe use it to plan services.\n\nOur annual reports will:\n\n- set priorities\n- measure progress')).toEqual(['plan services']);
  });
});

describe('what is not a purpose', () => {
  it('skips statements about purposes, security sentences and strings of legal citations', () => {
    expect(texts('How we use your data\n\nWe use it for the purposes stated when we collected it. Our systems are audited so we can keep records confidential.')).toEqual([]);
    expect(texts('Why we use your information\n\nWe use it to:\n\n- collect rent\n- comply with the Housing Act 1985 and the Housing Act 1996')).toEqual(['collect rent']);
  });
});

describe('purpose tables', () => {
  it('reads the purpose column wherever it stands', () => {
    expect(texts('Our processing\n\n| Lawful basis | Purpose |\n|---|---|\n| Public task | collecting rent |\n| Contract | repairs |')).toEqual(['collecting rent', 'repairs']);
  });
});

describe('colon headings', () => {
  it('reads a list under "Why we need your information:" as purposes', () => {
    expect(purposes(structureOf('Notice\n\nAbout this service\n\nWe run the library.\n\nWhy we need your information:\n\n- to lend you books\n- to send reminders')).map((p) => p.text)).toEqual(['to lend you books', 'to send reminders']);
  });
});

describe('purposes in more prose shapes', () => {
  it('reads "so that officers can", "collected from you in order to", a sentence opening "In order to", and Welsh "er mwyn"', () => {
    expect(texts('About us\n\nThe council needs to collect your personal data so that officers can assess your housing needs.')).toEqual(['assess your housing needs']);
    expect(texts('About us\n\nInformation collected from you in order to register a birth is required by law.')).toEqual(['register a birth is required by law']);
    expect(texts('About us\n\nIn order to carry out our duties, we process your data.')).toEqual(['carry out our duties']);
    expect(texts('Amdanom ni\n\nEr mwyn darparu gwasanaethau i chi, rydym yn casglu gwybodaeth.')).toEqual(['darparu gwasanaethau i chi']);
  });
  it('does not read "than is required to" as a purpose', () => {
    expect(texts('About us\n\nNo more data will be collected than is required to deliver the service.')).toEqual([]);
  });
});

describe('a team’s remit and other openers', () => {
  it('reads what a team is responsible for, but not who looks after the data', () => {
    expect(texts('About us\n\nThe parking team is responsible for regulating parking in the borough.')).toEqual(['regulating parking in the borough']);
    expect(texts('About us\n\nThe council is responsible for looking after your data.')).toEqual([]);
  });
  it('reads "In assessing…", "in the process of…" and "for the purposes of…", but not a law', () => {
    expect(texts('About us\n\nIn assessing your claim we collect your name.')).toEqual(['assessing your claim']);
    expect(texts('CCTV\n\nCameras are installed for the purposes of public safety.')).toEqual(['public safety']);
    expect(texts('CCTV\n\nWe are a controller for the purposes of the Data Protection Act 2018.')).toEqual([]);
  });
});

describe('list items that are not purposes', () => {
  it('drops laws, conditions, lead-ins and pointers from purpose lists', () => {
    expect(texts('Why we use your information\n\nWe use it to:\n\n- run the library\n- Children and Families Act 2014\n- When you have given your consent\n- the following purposes\n- hold information about you in order to')).toEqual(['run the library']);
  });
  it('reads a list after "anything that can reveal your:" as special category data, not purposes', () => {
    expect(texts('Why we use your information\n\nSome information is special. This includes anything that can reveal your:\n\n- religion\n- health')).toEqual([]);
  });
});

describe('lead-ins that say what the data is for', () => {
  it('reads "…is used for the following purposes:" and "…and use it to:" as purpose lists', () => {
    expect(texts('How we use it\n\nThe information we hold about you is used for the following purposes:\n\n- registering births\n- booking ceremonies')).toEqual(['registering births', 'booking ceremonies']);
    expect(texts('Why we collect it\n\nWe hold this personal data securely and use it to:\n\n- plan school places\n- complete returns')).toEqual(['plan school places', 'complete returns']);
  });
  it('reads a Welsh "er mwyn … canlynol:" list as purposes', () => {
    expect(texts('Dibenion prosesu\n\nMae angen prosesu gwybodaeth er mwyn cyflawni’r swyddogaethau canlynol:\n\n- gweinyddu deisebau\n- cyhoeddi cofnodion')).toEqual(['gweinyddu deisebau', 'cyhoeddi cofnodion']);
  });
});

describe('lists under a paragraph that does not introduce them', () => {
  it('keeps the section’s topic when the paragraph before the list ends with a full stop', () => {
    expect(texts('Why we need your information\n\nThe Department for Work and Pensions also gives us information.\n\n- We use it to pay Housing Benefit\n- We use it to recover overpayments')).toEqual(['We use it to pay Housing Benefit', 'We use it to recover overpayments']);
  });
  it('reads "How is it used?" and "…with the information to:" as purposes', () => {
    expect(texts('How is it used?\n\nCollecting this data gives the service the information to:\n\n- contact you when a plot is free\n- send invoices')).toEqual(['contact you when a plot is free', 'send invoices']);
  });
});

describe('a data list after a sentence that mentions purposes', () => {
  it('reads "In order to carry out these purposes we collect and obtain:" as a list of data', () => {
    expect(texts('Categories of data\n\nIn order to carry out these purposes we collect and obtain:\n\n- names\n- addresses')).toEqual([]);
  });
});
