import { describe, expect, it } from 'vitest';
import { splitRunOn } from './lists';
import { recipients } from './recipients';
import { structureOf } from './test-helpers';

const names = (t: string) => recipients(structureOf(`Notice\n\n${t}`)).map((r) => r.text);

describe('splitRunOn', () => {
  it('splits comma lists with a final "and the"', () => {
    expect(splitRunOn('Health, Schools, Housing Services and Providers, Police and the Youth Team')).toEqual(['Health', 'Schools', 'Housing Services and Providers', 'Police', 'the Youth Team']);
  });
  it('keeps a two-part name whole and cuts illustrative examples', () => {
    expect(splitRunOn('Courts, tribunals')).toEqual(['Courts, tribunals']);
    expect(splitRunOn('Health bodies, for example GPs and hospitals')).toEqual(['Health bodies']);
  });
  it('keeps both sides of "including" and drops clause parts', () => {
    expect(splitRunOn('partners including the Police; the Fire Service; sometimes we ask others to help')).toEqual(['partners', 'the Police', 'the Fire Service']);
  });
});

describe('recipients', () => {
  it('reads a list after a sharing lead-in', () => {
    expect(names('We may share your information with:\n\n- the police\n- schools (for attendance)\n- minutes will be published online')).toEqual(['the police', 'schools']);
  });
  it('reads bodies from sharing sentences, not from negations or infinitives', () => {
    expect(names('We share your details with local charities and the Home Office if the law requires it.')).toEqual(['local charities', 'the Home Office']);
    expect(names('We do not share your data with marketing companies.')).toEqual([]);
    expect(names('We need to give data to help you.')).toEqual([]);
  });
  it('keeps one wording of a repeated body', () => {
    expect(names('We may share your information with:\n\n- Police\n\nWe are legally obliged to give information to the police.')).toEqual(['Police']);
  });
});

describe('recipients in prose', () => {
  it('reads each body of a long run after "share information with"', () => {
    expect(names('Who we share it with\n\nWe will also share information with the National Fraud Initiative and government departments including the Cabinet Office, the Department for Education and the Home Office for the purposes of preventing fraud.'))
      .toEqual(expect.arrayContaining(['the Cabinet Office', 'the Department for Education', 'the Home Office']));
  });
  it('reads processors named as such and quoted contractor names', () => {
    expect(names('About us\n\nAcme Systems Ltd is a data processor for this information. Your address is shared with our bin contractor \'Roundabout Deliveries\' to deliver your bin.'))
      .toEqual(expect.arrayContaining(['Acme Systems Ltd', 'Roundabout Deliveries']));
  });
});

describe('recipients after the sharing sentence', () => {
  it('reads "These organisations include A, B and C" after a sharing sentence', () => {
    expect(names('About the grant\n\nWe may share your information with other organisations to protect public funds. These organisations include HM Revenue and Customs, the Cabinet Office and fraud prevention agencies.'))
      .toEqual(expect.arrayContaining(['HM Revenue and Customs', 'the Cabinet Office', 'fraud prevention agencies']));
  });
  it('reads a provider the council commissions', () => {
    expect(names('Who we are\n\nWe commission Hillside Health to provide health checks in workplaces.')).toEqual(['Hillside Health']);
  });
});

describe('what is not a recipient', () => {
  it('does not read "provide you with a service" as sharing', () => {
    expect(names('About us\n\nWe use your information to provide you with a comprehensive library service.')).toEqual([]);
  });
  it('reads a Welsh list of what data can reveal as special category data, not recipients', () => {
    expect(names('Data personol\n\nMae hyn yn cynnwys unrhyw beth a all ddatgelu eich:\n\n- iechyd\n- crefydd')).toEqual([]);
  });
});

describe('words after "share … with" that are not bodies', () => {
  it('drops question words, the law, services and the people the notice is about', () => {
    expect(names('About us\n\nWe share information with patients and the public about why we hold it.')).toEqual([]);
    expect(names('About us\n\nWe share your data in line with data protection law.')).toEqual([]);
  });
});

describe('list items that say why after the body', () => {
  it('keeps the body and drops the reason after a comma', () => {
    expect(names('Who we share it with\n\nWe share your data with:\n\n- HM Revenue and Customs and the Gambling Commission, if you apply for a gambling licence\n- Idox, who host our computer systems')).toEqual(['HM Revenue and Customs', 'the Gambling Commission', 'Idox']);
  });
});
