import { describe, expect, it } from 'vitest';
import { dataProtectionOfficer, rightsContact } from './contacts';
import { structureOf } from './test-helpers';

describe('rightsContact', () => {
  it('takes contact details from rights and contact sections', () => {
    const c = rightsContact(structureOf('Notice\n\nContact us\n\nEmail info@anytown.gov.uk or call 0117 496 0123.\n\nTown Hall\nHigh Street\nAnytown\nAN1 2BC'));
    expect(c).toEqual({ emails: ['info@anytown.gov.uk'], phones: ['0117 496 0123'], postalAddresses: ['Town Hall, High Street, Anytown, AN1 2BC'], urls: [] });
  });
  it('never reports the ICO’s details as the council’s', () => {
    const c = rightsContact(structureOf('Notice\n\nComplaints\n\nYou can complain to the Information Commissioner’s Office:\n\nTelephone: 0303 123 1113\n\nEmail: casework@ico.org.uk\n\nWebsite: https://ico.org.uk/concerns'));
    expect(c).toEqual({ emails: [], phones: [], postalAddresses: [], urls: [] });
  });
  it('ignores service contacts outside data protection context', () => {
    const c = rightsContact(structureOf('Notice\n\nBins\n\nReport a missed bin on 0117 496 0777.'));
    expect(c.phones).toEqual([]);
  });
  it('takes a contact introduced by a data protection lead-in', () => {
    const c = rightsContact(structureOf('Notice\n\nMore\n\nTo make a subject access request, write to:\n\nEmail: sar@anytown.gov.uk'));
    expect(c.emails).toEqual(['sar@anytown.gov.uk']);
  });
});

describe('dataProtectionOfficer', () => {
  it('reads the DPO and their contact', () => {
    expect(dataProtectionOfficer(structureOf('Notice\n\nOur Data Protection Officer\n\nEmail dpo@anytown.gov.uk'))).toEqual({
      mentioned: true, contact: { emails: ['dpo@anytown.gov.uk'], phones: [], postalAddresses: [], urls: [] },
    });
  });
  it('says not mentioned when there is none', () => {
    expect(dataProtectionOfficer(structureOf('Notice\n\nContact\n\nEmail info@anytown.gov.uk')).mentioned).toBe(false);
  });
});

describe('contacts in plain lines', () => {
  it('keeps a numbered street in its address and reads the phone under a contact heading', () => {
    const s = structureOf('Notice\n\n1 Contact details\n\n1.1 Anytown Council\nMain office:\nMarket House\n12 Mill Lane\nAnytown\nAN1 2BC\n\nTel: 0117 496 0000');
    expect(rightsContact(s).phones).toEqual(['0117 496 0000']);
  });
  it('takes a data protection mailbox wherever it stands, in any language', () => {
    const s = structureOf('Hysbysiad\n\nJo Jones, Prif Swyddog\nCyngor Sir\nE-bost: dataprotection@anytown.gov.uk');
    expect(rightsContact(s).emails).toEqual(['dataprotection@anytown.gov.uk']);
  });
});

describe('the service contact when no data protection contact is given', () => {
  it('takes the number the notice tells you to call, even on a line read as a heading', () => {
    const c = rightsContact(structureOf('Notice\n\nAbout the service\n\nWe run the pest control service.\n\nFor details call Pest Control on 0117 496 0456'));
    expect(c.phones).toEqual(['0117 496 0456']);
  });
  it('does not add it when a data protection contact exists', () => {
    const c = rightsContact(structureOf('Notice\n\nYour rights\n\nEmail dataprotection@anytown.gov.uk to ask for your records.\n\nAbout the service\n\nTo book a visit, call 0117 496 0456.'));
    expect(c.emails).toEqual(['dataprotection@anytown.gov.uk']);
    expect(c.phones).toEqual([]);
  });
});

describe('the controller’s own contact', () => {
  it('takes the contact given for the data controller', () => {
    const c = rightsContact(structureOf('Notice\n\nAbout us\n\nThe Register Office is the data controller and can be reached at registrars@anytown.gov.uk or 0117 496 0789.\n\nOur data protection officer\n\nWrite to dpo@anytown.gov.uk.'));
    expect(c.emails).toEqual(['registrars@anytown.gov.uk', 'dpo@anytown.gov.uk']);
    expect(c.phones).toEqual(['0117 496 0789']);
  });
});
