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
    expect(texts('About this service\n\nWe may also use your information to check who you are, send you letters by post or email and keep our files up to date.')).toEqual(['check who you are', 'send you letters by post or email', 'keep our files up to date']);
  });
  it('keeps bare verbs with the object they share', () => {
    expect(texts('Why we use it\n\nWe use it so that we can plan, monitor and improve our services.')).toEqual(['plan, monitor and improve our services']);
  });
  it('reads "for … purposes" and "Purpose: A, B" lines', () => {
    expect(texts('Why we use it\n\nFigures built from your records are used for statistical purposes only.')).toEqual(['statistical purposes']);
    expect(texts('About us\n\nPurpose: Road repairs, Winter gritting, Street lighting')).toEqual(['Road repairs', 'Winter gritting', 'Street lighting']);
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
    expect(texts('About us\n\nWe gather your details so that officers can review your repair request.')).toEqual(['review your repair request']);
    expect(texts('About us\n\nDetails collected from you in order to record a death are needed by law.')).toEqual(['record a death are needed by law']);
    expect(texts('About us\n\nIn order to carry out our duties, we process your data.')).toEqual(['carry out our duties']);
    expect(texts('Amdanom ni\n\nEr mwyn trefnu eich casgliad sbwriel, rydym yn cadw eich cyfeiriad.')).toEqual(['trefnu eich casgliad sbwriel']);
  });
  it('does not read "than is required to" as a purpose', () => {
    expect(texts('About us\n\nNo more data will be collected than is required to deliver the service.')).toEqual([]);
  });
});

describe('a team’s remit and other openers', () => {
  it('reads what a team is responsible for, but not who looks after the data', () => {
    expect(texts('About us\n\nThe highways team is responsible for mending potholes across the district.')).toEqual(['mending potholes across the district']);
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
    expect(texts('Why we use your information\n\nSpecial details are ones that could reveal your:\n\n- religion\n- health')).toEqual([]);
  });
});

describe('lead-ins that say what the data is for', () => {
  it('reads "…is used for the following purposes:" and "…and use it to:" as purpose lists', () => {
    expect(texts('How we use it\n\nYour details are used for the purposes below:\n\n- registering births\n- booking ceremonies')).toEqual(['registering births', 'booking ceremonies']);
    expect(texts('Why we collect it\n\nWe keep these records safely and use them to:\n\n- plan school places\n- complete returns')).toEqual(['plan school places', 'complete returns']);
  });
  it('reads a Welsh "er mwyn … canlynol:" list as purposes', () => {
    expect(texts('Dibenion prosesu\n\nRydym yn defnyddio eich manylion er mwyn gwneud y gwaith canlynol:\n\n- trwsio goleuadau stryd\n- casglu biniau')).toEqual(['trwsio goleuadau stryd', 'casglu biniau']);
  });
});

describe('lists under a paragraph that does not introduce them', () => {
  it('keeps the section’s topic when the paragraph before the list ends with a full stop', () => {
    expect(texts('Why we need your information\n\nThe Department for Work and Pensions also sends us figures.\n\n- We use it to pay Housing Benefit\n- We use it to recover overpayments')).toEqual(['We use it to pay Housing Benefit', 'We use it to recover overpayments']);
  });
  it('reads "How is it used?" and "…with the information to:" as purposes', () => {
    expect(texts('How is it used?\n\nKeeping these details gives the team the information to:\n\n- contact you when a plot is free\n- send invoices')).toEqual(['contact you when a plot is free', 'send invoices']);
  });
});

describe('a data list after a sentence that mentions purposes', () => {
  it('reads "For these purposes we collect and obtain:" as a list of data', () => {
    expect(texts('Categories of data\n\nFor these purposes we collect and obtain:\n\n- names\n- addresses')).toEqual([]);
  });
});

describe('purposes whoever the subject and however the sentence points to them', () => {
  it('reads a data sentence with any subject, "so as to" and "in order to" anywhere', () => {
    expect(texts('About us\n\nThe museum team uses your details to arrange group visits.')).toEqual(['arrange group visits']);
    expect(texts('About us\n\nYour postcode is needed so as to route your bin collection.')).toEqual([]);
    expect(texts('About us\n\nYour postcode is needed so as to plan your bin round.')).toEqual(['plan your bin round']);
    expect(texts('Sharing\n\nWe pass names to the leisure trust in order to issue membership cards.')).toEqual(['issue membership cards']);
  });
  it('reads "this helps us", "we do this to" and "the aim is to"', () => {
    expect(texts('About us\n\nTelling us your needs helps us plan the right support.')).toEqual(['plan the right support']);
    expect(texts('About us\n\nWe hold a list of members. We do this to send newsletters and manage renewals.')).toEqual(['send newsletters', 'manage renewals']);
    expect(texts('About the scheme\n\nThe scheme aims to reduce loneliness among older residents.')).toEqual(['reduce loneliness among older residents']);
  });
  it('splits a run of "for …" purposes, and keeps "for the purposes of …" whole', () => {
    expect(texts('About calls\n\nRecordings are used, for checking what was agreed, for staff training purposes and for handling complaints.')).toEqual(['checking what was agreed', 'staff training purposes', 'handling complaints']);
    expect(texts('About us\n\nWe hold your details for the purposes of running the allotment waiting list.')).toEqual(['running the allotment waiting list']);
  });
  it('does not read accuracy promises, updates or lawful-basis wording as purposes', () => {
    expect(texts('About us\n\nWe aim to keep your information accurate and up to date.')).toEqual([]);
    expect(texts('About us\n\nWe do not use your data to make automated decisions about you.')).toEqual([]);
  });
});

describe('purpose lists whatever their lead-in', () => {
  it('reads a list whose items each open with "To <verb>" as purposes', () => {
    expect(texts('Where we get your details\n\nMost details come from you, for these reasons:\n\n- To book your first appointment\n- To send you reminders\n- To review how the service is doing')).toEqual(['To book your first appointment', 'To send you reminders', 'To review how the service is doing']);
  });
  it('keeps indented members and drops a question that follows them', () => {
    expect(texts('How we use it\n\nWe use your details for these purposes:\n\n  - To answer your letters\n  - To run the allotments\n- What is our lawful basis?')).toEqual(['To answer your letters', 'To run the allotments']);
  });
  it('keeps the purpose a lead-in names before its list', () => {
    expect(texts('Why we use it\n\nWe use this data to run the youth club, including to:\n\n- plan trips\n- contact parents')).toEqual(['plan trips', 'contact parents', 'run the youth club']);
  });
});

describe('items that hold several purposes', () => {
  it('splits an item that repeats "to" and leaves "help people to find work" whole', () => {
    expect(texts('Why we use it\n\nWe use it:\n\n- To book rooms, to gather feedback and to plan next year\n- To help people to find work')).toEqual(['To book rooms', 'to gather feedback', 'to plan next year', 'To help people to find work']);
  });
  it('drops a verb left without its object', () => {
    expect(texts('About us\n\nWe use your details to obtain.')).toEqual([]);
  });
});

describe('lists that look like purposes but are not', () => {
  it('skips data protection principles, people the data is about and "what purposes"', () => {
    expect(texts('How we use it\n\nThe law says we must use your data:\n\n- fairly and lawfully\n- only for a particular purpose\n- keep your data accurate')).toEqual([]);
    expect(texts('Why we process it\n\nWe process it for these purposes:\n\n- People who visit the museum\n- To run the museum shop')).toEqual(['To run the museum shop']);
  });
  it('reads a list of data under "the following information for … purposes:" as data, and the purpose in its lead-in', () => {
    expect(texts('What we hold\n\nWe collect the following information for enrolment purposes:\n\n- your name\n- your school')).toEqual(['enrolment purposes']);
  });
  it('does not read a list of people the data relates to as purposes', () => {
    expect(texts('Whose data we hold\n\nWe process personal data relating to:\n\n- Tenants\n- Contractors')).toEqual([]);
  });
});

describe('clauses that are not purposes', () => {
  it('skips law names, processors, data protection law, retention and lawful-basis wording', () => {
    expect(texts('Why we use it\n\nWe use it for these purposes:\n\n- Access to Information Act 2001\n- It is necessary for a contract with you\n- To run the lettings service')).toEqual(['To run the lettings service']);
    expect(texts('About us\n\nAcme Systems is our data processor and uses the data to host the booking system.')).toEqual([]);
    expect(texts('About us\n\nWe hold your name to comply with data protection legislation.')).toEqual([]);
    expect(texts('About us\n\nYour card details are used to renew your pass and will be held for two years.')).toEqual(['renew your pass']);
  });
  it('skips "most purposes" and clauses cut off mid-phrase', () => {
    expect(texts('About us\n\nFor most purposes we use your details to send a receipt.')).toEqual(['send a receipt']);
    expect(texts('About us\n\nWe use your details to comply with a legal obligation to.')).toEqual([]);
  });
});

describe('more purpose shapes', () => {
  it('reads the examples of "other purposes, including …" and splits purposes named as nouns', () => {
    expect(texts('About us\n\nWe also use the data for other purposes, including the recovery of unpaid rent and the prevention and detection of fraud.')).toEqual(['the recovery of unpaid rent', 'the prevention and detection of fraud']);
  });
  it('reads "we may phone you to …" and "In the course of …ing"', () => {
    expect(texts('About us\n\nWe may phone you after your visit to discuss how the repair went.')).toEqual(['discuss how the repair went']);
    expect(texts('About us\n\nIn the course of running the food bank, we record your name.')).toEqual(['running the food bank']);
  });
  it('reads bullet-less lines that go on from a purpose list', () => {
    expect(texts('Why we use it\n\nWe use your data to:\n\n- check your claim\n- pay your grant\n\nreview the scheme each year\n\nsend you reminders')).toEqual(['check your claim', 'pay your grant', 'review the scheme each year', 'send you reminders']);
  });
  it('drops a lead-in left as a purpose ("allow us to")', () => {
    expect(texts('About us\n\nThese details are needed to allow us to')).toEqual([]);
  });
});

describe('a body’s duties as purposes', () => {
  it('reads "has responsibilities for …ing", "functions in …ing" and a "Main activity:" label, one per -ing clause', () => {
    expect(texts('About the board\n\nThe board also has responsibilities for arranging case reviews, checking staff training and publishing a yearly report.')).toEqual(['arranging case reviews', 'checking staff training', 'publishing a yearly report']);
    expect(texts('About the service\n\nIt covers the core functions of the service in inspecting markets, testing weights and advising traders.')).toEqual(['inspecting markets', 'testing weights', 'advising traders']);
    expect(texts('About us\n\nMain activity: Protecting children at risk of harm')).toEqual(['Protecting children at risk of harm']);
  });
  it('keeps -ing nouns inside a purpose', () => {
    expect(texts('About us\n\nThe team has responsibility for checking housing, gambling and licensing records.')).toEqual(['checking housing, gambling and licensing records']);
  });
  it('reads a run of duties a service states for itself', () => {
    expect(texts('About us\n\nWe inspect food premises, investigate complaints and issue hygiene ratings.')).toEqual(['inspect food premises', 'investigate complaints', 'issue hygiene ratings']);
    expect(texts('About us\n\nWe collect feedback, publish results and review the scheme.')).toEqual([]);
  });
});

describe('purpose lists introduced by sharing or written as -ing items', () => {
  it('reads the list after "…shared with other organisations to:" as purposes', () => {
    expect(texts('About us\n\nYour details may be shared with other organisations for the same reasons, and also to:\n\n- Check our records are right\n- Prevent fraud')).toEqual(['Check our records are right', 'Prevent fraud']);
  });
  it('reads a list of -ing items as purposes, but not steps a law lists or what the resident was doing', () => {
    expect(texts('What we hold\n\nThe data we keep is for this purpose and includes:\n\n- registering you as a member\n- providing access to e-books\n- responding to enquiries')).toEqual(['registering you as a member', 'providing access to e-books', 'responding to enquiries']);
    expect(texts('About us\n\nSection 12 of the Health Act 2012 places a duty on councils to take steps, including:\n\n- providing advice\n- running clinics')).toEqual([]);
    expect(texts('Where we get it\n\nMost of it comes from you directly, for one of these reasons:\n\n- making a complaint\n- reporting a fault')).toEqual([]);
  });
});

describe('law names with full stops and Orders', () => {
  it('does not read "Homes etc. (Scotland) Act 2003" or an Order as a purpose', () => {
    expect(texts('Why we use it\n\nWe use your information for these purposes:\n\n- Homes etc. (Scotland) Act 2003\n- Housing (Priority) (Scotland) Order 2012\n- To run the housing list')).toEqual(['To run the housing list']);
  });
});

describe('examples inside a purpose', () => {
  it('keeps the examples after "such as" with their purpose and drops "the purpose of"', () => {
    expect(texts('About us\n\nThis is collected for the purpose of running our bike hire, such as the ability to book and pay for bikes online.')).toEqual(['running our bike hire, such as the ability to book and pay for bikes online']);
  });
  it('does not read "for the purposes of the information collected" as a purpose', () => {
    expect(texts('About us\n\nThe council is the controller for the purposes of the information collected here.')).toEqual([]);
  });
});

describe('Welsh purposes', () => {
  it('reads "i" before a verb-noun after the data, and a sentence that opens "I …, rydym"', () => {
    expect(texts('Amdanom ni\n\nMae’r Cyngor yn prosesu gwybodaeth bersonol i weinyddu’r gofrestr etholwyr.')).toEqual(['weinyddu’r gofrestr etholwyr']);
    expect(texts('Amdanom ni\n\nI drefnu eich apwyntiad, rydym yn cadw eich enw.')).toEqual(['drefnu eich apwyntiad']);
  });
  it('does not read keeping data safe as a purpose', () => {
    expect(texts('Amdanom ni\n\nRydym yn cadw gwybodaeth i ddiogelu eich gwybodaeth rhag mynediad heb awdurdod.')).toEqual([]);
  });
});

describe('generic and notice-about-itself clauses', () => {
  it('skips "provide services", "help you", promises about the notice or data safety, and durations', () => {
    expect(texts('About us\n\nWe use your information to provide services and help you.')).toEqual([]);
    expect(texts('About us\n\nWe wrote this notice to make sure you know what we do with your data.')).toEqual([]);
    expect(texts('About us\n\nWe keep your details for the duration of your membership.')).toEqual([]);
  });
  it('cuts a purpose at "unless"', () => {
    expect(texts('About us\n\nWe hold your details to review your case, unless you ask us to close it.')).toEqual(['review your case']);
  });
});

describe('purposes named inside a list of data', () => {
  it('reads "…, to <verb>" in a data item, without its examples', () => {
    expect(texts('What we collect\n\nWe collect the following information:\n\n- your name\n- details of your health, to assess a claim on ill-health grounds, for example doctors’ letters\n- your right to work details')).toEqual(['assess a claim on ill-health grounds']);
  });
  it('reads "process your data when dealing with …"', () => {
    expect(texts('About us\n\nThe team may process your data when handling appeals.')).toEqual(['handling appeals']);
  });
});

describe('lists that go on from the sentence before them', () => {
  it('reads "This includes:" after a purpose sentence as purposes, and an adverb before the verb', () => {
    expect(texts('Adult care privacy notice\n\nWe use your personal information to mainly arrange care at home.\n\nThis includes:\n\n- Care assessments\n- Reviews of your care plan')).toEqual(['Care assessments', 'Reviews of your care plan', 'arrange care at home']);
  });
  it('reads the list after "…from you to enable us to meet our duties in terms of" as purposes', () => {
    expect(texts('About us\n\nWe collect information from residents to enable us to meet our duties in terms of\n\n- Running the housing register\n- Finding emergency housing')).toEqual(['Running the housing register', 'Finding emergency housing']);
  });
  it('reads "This information can include:" as a list of data', () => {
    expect(texts('How we use your data\n\nWe use your data to bill you.\n\nThis information can include:\n\n- Your name\n- Your address')).toEqual(['bill you']);
  });
  it('does not let a notice heading inherit the topic of a cookie banner above it', () => {
    expect(texts('Cookie consent banner\n\nRoads privacy notice\n\nWe use your details to arrange repairs.')).toEqual(['arrange repairs']);
  });
});

describe('sentences about rights, transfers, controllers and what is never done', () => {
  it('reads no purpose from them', () => {
    expect(texts('About us\n\nYou can object to the use of your data for some purposes, such as direct marketing.')).toEqual([]);
    expect(texts('About us\n\nYour details are never sold for marketing purposes.')).toEqual([]);
    expect(texts('About us\n\nWe may pass data we collect from you to suppliers outside the UK.')).toEqual([]);
    expect(texts('About us\n\nAs controller we are responsible for determining the purposes of processing.')).toEqual([]);
  });
});

describe('an authority’s remit', () => {
  it('reads "The admissions team in the authority is responsible for …ing"', () => {
    expect(texts('About us\n\nThe admissions team in the local authority is responsible for allocating school places.')).toEqual(['allocating school places']);
  });
});

describe('a purpose said twice', () => {
  it('keeps the first wording of a purpose repeated in other words', () => {
    expect(texts('Why we use it\n\nWe use your details for enforcing a parking ticket.\n\nWe also use them to enforce the parking ticket and to send reminders.')).toEqual(['enforcing a parking ticket', 'send reminders']);
  });
});

describe('what a service says it does, under a purposes heading', () => {
  it('reads "We will send …" there, but not outside it or for data verbs', () => {
    expect(texts('Why we use your information\n\nWe will send a confirmation email with your booking.')).toEqual(['send a confirmation email with your booking']);
    expect(texts('About us\n\nWe will send a confirmation email with your booking.')).toEqual([]);
    expect(texts('Why we use your information\n\nWe collect your name and address.')).toEqual([]);
  });
});

describe('why a body in a sharing list gets the data', () => {
  it('reads ", to <verb> …" in a recipients item as a purpose', () => {
    expect(texts('Who we share it with\n\nWe share your details with:\n\n- our printers, to print your poll cards\n- the police')).toEqual(['print your poll cards']);
  });
});
