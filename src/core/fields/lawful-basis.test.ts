import { describe, expect, it } from 'vitest';
import { lawfulBases } from './lawful-basis';
import { structureOf } from './test-helpers';

const bases = (t: string) => lawfulBases(structureOf(`Notice\n\nOur legal basis\n\n${t}`)).map((b) => b.basis);

describe('lawfulBases', () => {
  it('maps the many wordings to the six bases', () => {
    expect(bases('We process your data to comply with our legal obligations.')).toEqual(['legal-obligation']);
    expect(bases('It is necessary for a task carried out in the public interest.')).toEqual(['public-task']);
    expect(bases('We use it in the exercise of our official authority.')).toEqual(['public-task']);
    expect(bases('You have given us your consent.')).toEqual(['consent']);
    expect(bases('It is necessary for the performance of a contract with you.')).toEqual(['contract']);
    expect(bases('We may need it to protect your vital interests.')).toEqual(['vital-interests']);
    expect(bases('We rely on our legitimate interests in running the market.')).toEqual(['legitimate-interests']);
    expect(bases('Article 6(1)(e) UK GDPR applies.')).toEqual(['public-task']);
  });
  it('does not count a basis the notice only mentions as a right or a caveat', () => {
    expect(bases('We may share it without your consent where the law allows.')).toEqual([]);
    expect(bases('We rely on your consent, and you can withdraw it or object to legitimate interests.')).toEqual(['consent']);
    expect(bases('Special category data is processed for reasons of substantial public interest.')).toEqual([]);
  });
  it('skips rights sections', () => {
    expect(lawfulBases(structureOf('Notice\n\nYour rights\n\nYou can object where we rely on legitimate interests or public task.'))).toEqual([]);
  });
  it('gives evidence for each basis', () => {
    const [b] = lawfulBases(structureOf('Notice\n\nOur legal basis\n\nThe law says we must: it is a legal obligation.'));
    expect(b!.evidence).toEqual({ heading: 'Our legal basis', quote: 'The law says we must: it is a legal obligation.' });
  });
});

describe('label-style bases', () => {
  it('reads "Contract – …" and "Consent: …" lines', () => {
    expect(bases('- Contract – to provide the service you asked for\n- Consent: for our newsletter')).toEqual(['consent', 'contract']);
  });
});

describe('bases named without the words "lawful basis"', () => {
  it('counts a statutory or legal duty only where it is a duty to handle the data', () => {
    expect(bases('The registrar has a statutory duty to process your personal data for each birth.')).toEqual(['legal-obligation']);
    expect(bases('We are legally required to pass details to HMRC.')).toEqual(['legal-obligation']);
    expect(bases('We have a statutory duty to light the streets.')).toEqual([]);
  });
  it('reads consent asked for, a contract the resident is party to, and Welsh bases', () => {
    expect(bases('We ask for your consent to keep your membership details.')).toEqual(['consent']);
    expect(bases('Handling your booking is needed for the performance of this booking/contract.')).toEqual(['contract']);
    expect(bases('Rydym yn prosesu eich data er mwyn cyflawni tasg gyhoeddus.')).toEqual(['public-task']);
    expect(bases('Gallwch dynnu caniatâd yn ôl unrhyw bryd.')).toEqual([]);
  });
});

describe('Article 6 as notices print it', () => {
  it('reads "Article 6, 1(e)", "6.1(c)" and "Art. 6 (1) (a)"', () => {
    expect(bases('Article 6, 1(e) of the UK GDPR applies.')).toEqual(['public-task']);
    expect(bases('Our basis is 6.1(c).')).toEqual(['legal-obligation']);
    expect(bases('We rely on Art. 6 (1) (a).')).toEqual(['consent']);
  });
  it('reads a contract the resident is party to or enters into', () => {
    expect(bases('Your booking forms part of a contract with the sports hall.')).toEqual(['contract']);
  });
});

describe('legal obligation in a notice’s own words', () => {
  it('reads meeting statutory obligations, data required by law and a legal duty', () => {
    expect(bases('Keeping these records helps us meet our statutory obligations.')).toEqual(['legal-obligation']);
    expect(bases('Details taken to record a death are required by law.')).toEqual(['legal-obligation']);
    expect(bases('One reason is that it is our legal duty.')).toEqual(['legal-obligation']);
  });
});

describe('legal obligation as an exception or someone else’s duty', () => {
  it('does not count "unless the law requires it", the reader’s duty or obligations under data protection law', () => {
    expect(bases('We never pass your details on unless we are under a legal obligation to do so.')).toEqual([]);
    expect(bases('You are required by law to give us your date of birth.')).toEqual([]);
    expect(bases('This notice sets out how we meet our legal obligations under the UK GDPR.')).toEqual([]);
    expect(bases('The council is legally required to provide a museum service.')).toEqual([]);
  });
  it('still counts a legal obligation relied on, even in a conditional sentence', () => {
    expect(bases('If we inspect council homes, our basis is a legal obligation under the Housing Act.')).toEqual(['legal-obligation']);
    expect(bases('We share it only where needed to comply with a legal obligation.')).toEqual(['legal-obligation']);
  });
});

describe('consent and contract in short forms', () => {
  it('reads consent given in other words, and list labels', () => {
    expect(bases('When you have freely provided your consent to this.')).toEqual(['consent']);
    expect(bases('Sometimes we will need your consent to obtain school reports.')).toEqual(['consent']);
    expect(bases('Our befriending scheme is consent-based.')).toEqual(['consent']);
    expect(bases('We rely on one of these:\n\n- Explicit consent of the person concerned\n- Nothing else')).toEqual(['consent']);
  });
  it('reads a bare "Contract" label and "Contractual necessity:"', () => {
    expect(bases('We rely on one of these:\n\n- Contract\n- Something else')).toEqual(['contract']);
    expect(bases('Contractual necessity: to run your gym membership.')).toEqual(['contract']);
  });
});

describe('Welsh lawful bases in more words', () => {
  it('reads consent given, a contract carried out and a statutory duty to use the data', () => {
    expect(bases('Mae’r person wedi rhoi caniatâd.')).toEqual(['consent']);
    expect(bases('Mae angen hyn er mwyn cyflawni contract gyda chi.')).toEqual(['contract']);
    expect(bases('Gallwn ddefnyddio’ch gwybodaeth gan fod arnom ddyletswydd statudol.')).toEqual(['legal-obligation']);
  });
});
