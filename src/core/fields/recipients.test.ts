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
    expect(names('Who we share it with\n\nWe share information with the Audit Office and government departments including the Cabinet Office, the Department for Education and the Home Office to stop fraud.'))
      .toEqual(expect.arrayContaining(['the Cabinet Office', 'the Department for Education', 'the Home Office']));
  });
  it('reads processors named as such and quoted contractor names', () => {
    expect(names('About us\n\nAcme Systems Ltd acts as our data processor. We give your postcode to our contractor \'Roundabout Deliveries\' so they can drop off a new bin.'))
      .toEqual(expect.arrayContaining(['Acme Systems Ltd', 'Roundabout Deliveries']));
  });
});

describe('recipients after the sharing sentence', () => {
  it('reads "These organisations include A, B and C" after a sharing sentence', () => {
    expect(names('About the grant\n\nWe may pass your details to other bodies to check for fraud. These organisations include the Valuation Office Agency, the Cabinet Office and credit reference agencies.'))
      .toEqual(expect.arrayContaining(['the Valuation Office Agency', 'the Cabinet Office', 'credit reference agencies']));
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
    expect(names('Data personol\n\nGall rhai manylion ddatgelu eich:\n\n- iechyd\n- crefydd')).toEqual([]);
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
    expect(names('Who we share it with\n\nWe share your data with:\n\n- HM Revenue and Customs and the Gambling Commission, if you run a betting shop\n- Acme Hosting, who run our servers')).toEqual(['HM Revenue and Customs', 'the Gambling Commission', 'Acme Hosting']);
  });
});

describe('pairs and "or" runs', () => {
  it('splits two named kinds of body joined by "and", and a run ending in "or"', () => {
    expect(splitRunOn('Licensing Officers and Food Safety Officers')).toEqual(['Licensing Officers', 'Food Safety Officers']);
    expect(splitRunOn('the Coroner, the Land Registry or a solicitor')).toEqual(['the Coroner', 'the Land Registry', 'a solicitor']);
  });
  it('keeps names with "and" inside whole', () => {
    expect(splitRunOn('Department for Work and Pensions')).toEqual(['Department for Work and Pensions']);
    expect(splitRunOn('Police and Fire Services')).toEqual(['Police and Fire Services']);
  });
});

describe('a line of names under a sharing heading', () => {
  it('reads a bullet-less line that only names bodies', () => {
    expect(names('Who we share your details with\n\nHealth visitors and other health workers involved in your care.')).toEqual(['Health visitors and other health workers involved in your care']);
  });
  it('leaves sentences and lines that name no body alone', () => {
    expect(names('Who we share your details with\n\nOnly when the law allows it.')).toEqual([]);
    expect(names('Who we share your details with\n\nFurther reading on sharing.')).toEqual([]);
  });
});

describe('sharing sentences in more shapes', () => {
  it('reads every sharing clause of a sentence, not only the first "to"', () => {
    expect(names('About us\n\nWe may use what you provide to check claims and may pass details to credit reference agencies.')).toEqual(['credit reference agencies']);
  });
  it('reads "shared within", a list item that shares, and "not limited to" as no denial', () => {
    expect(names('About us\n\nYour details will be shared within the planning team at the council.')).toEqual(['the planning team at the council']);
    expect(names('Why we use it\n\nWe use it:\n\n- to send reminders\n- to allow intelligence sharing with other enforcement bodies')).toEqual(['other enforcement bodies']);
    expect(names('About us\n\nHandling includes, but is not limited to, the disclosure of records to other agencies.')).toEqual(['other agencies']);
  });
  it('skips questions, "in relation to" and a verb after "to"', () => {
    expect(names('Sharing\n\nDo we share your information with anyone else?')).toEqual([]);
    expect(names('About us\n\nWe hold the details you provided in relation to parking and housing.')).toEqual([]);
    expect(names('About us\n\nThe law provides for safeguards to protect the rights and the freedoms of residents.')).toEqual([]);
  });
});

describe('list members in harder shapes', () => {
  it('splits two one-word names and two companies, and drops a leading condition', () => {
    expect(names('Who we share it with\n\nWe share your details with:\n\n- Brightdesk and Civica, who host our systems\n- Depending on how you apply, the national booking site')).toEqual(['Brightdesk', 'Civica', 'the national booking site']);
    expect(names('Who we share it with\n\nWe share your details with:\n\n- Acme Print Ltd and Swift Mail Ltd, to send letters')).toEqual(['Acme Print Ltd', 'Swift Mail Ltd']);
  });
  it('keeps the body and drops the purpose after it', () => {
    expect(names('Who we share it with\n\nWe share your details with:\n\n- The revenues team in order to check your discount')).toEqual(['The revenues team']);
  });
  it('reads a processor named with plc', () => {
    expect(names('About us\n\nNorthgate plc is a data processor for this service.')).toEqual(['Northgate plc']);
  });
  it('does not read Welsh sentences or questions as bodies', () => {
    expect(names('Rhannu\n\nRydym yn rhannu eich gwybodaeth gyda:\n\n- pwy yw prif ddefnyddwyr eich gwybodaeth\n- Heddlu Gogledd Cymru')).toEqual(['Heddlu Gogledd Cymru']);
  });
});

describe('"Other organisations include …"', () => {
  it('reads each member with its own kind, wherever the sentence stands', () => {
    expect(names('About us\n\nWe hold your file.\n\nOther organisations include bodies that audit public money, other councils and contractors who run services for us.')).toEqual(['bodies', 'other councils', 'contractors']);
  });
});

describe('suppliers named without quotes, and bodies before a verb', () => {
  it('reads "our provider Parkwise" and "our third-party supplier, Civica"', () => {
    expect(names('About us\n\nYou pay through our provider Parkwise. Letters are printed by our third-party supplier, Civica.')).toEqual(['Parkwise', 'Civica']);
  });
  it('keeps the body before "will" and never lists the council itself', () => {
    expect(names('About us\n\nFootage given to the enforcement agencies will be kept by them.')).toEqual(['the enforcement agencies']);
    expect(names('About us\n\nDetails you provide to the council will be used for your appeal.')).toEqual([]);
  });
});

describe('services to residents and bodies that process data for us', () => {
  it('does not read the people a service is provided to as recipients', () => {
    expect(names('About us\n\nWe hold data to provide health care to our patients and carers.')).toEqual([]);
  });
  it('reads the body the data is processed by', () => {
    expect(names('About us\n\nThe details you give will be processed by the National Registration Service run by a government department.')).toEqual(['National Registration Service']);
  });
});

describe('a condition inside a run of bodies', () => {
  it('reads the bodies after ", and if required,", and still cuts a condition at the end', () => {
    expect(names('About us\n\nYour details may be shared with other departments within the Council and if required, other local authorities or government agencies.')).toEqual(['other departments within the Council', 'other local authorities', 'government agencies']);
    expect(names('About us\n\nYour details may be shared with Licensing Officers and Food Safety Officers, if applicable.')).toEqual(['Licensing Officers', 'Food Safety Officers']);
  });
});

describe('bodies that are notified', () => {
  it('reads "the completion is notified to other council departments"', () => {
    expect(names('About us\n\nCompletion is notified to other council departments including the revenues team.')).toEqual(['other council departments', 'the revenues team']);
  });
});
