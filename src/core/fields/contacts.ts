// Where a resident sends a rights or subject access request, and how to reach the DPO.
// Contact details count when they stand in a section about contacting the council, data
// protection, rights or the DPO, or beside a sentence that names one of those. The ICO's own
// details are recognised and left out, including a contact block that follows "contact the ICO:".
import type { Block } from '../document';
import { ICO_MENTION, isIcoAddress, isIcoEmail, isIcoPhone, isIcoUrl } from '../ico';
import type { Section, Structure } from '../sections';
import { emptyContact, findPhones, findPostalAddress, findUrls, mergeContact, POSTCODE } from '../text/contacts';
import { findEmails, isDeceptiveEmail } from '../text/emails';
import type { Topic } from '../topics/lexicon';
import type { Contact } from '../types';

const RIGHTS_CONTACT_TOPICS: Topic[] = ['contact', 'dpo', 'rights', 'complaints', 'controller'];
const RIGHTS_CONTACT_CUE = /data protection|\bcontroller\b|diogelu data|llywodraethu gwybodaeth|subject access|your rights|information (governance|management|rights)|\bDPO\b|privacy|exercise|request (a )?cop(y|ies)|access (to )?(your|the) (personal )?(data|information)/i;
/** A mailbox whose name says it handles data protection ("dataprotection@", "dpo@", "infogov@"). */
const DATA_PROTECTION_MAILBOX = /^(?:[\w.-]*[._-])?(?:data[._-]?protection|dpo|information[._-]?governance|info[._-]?gov|privacy|gdpr|information[._-]?rights|diogelu[._-]?data)[\w.-]*@/i;
const DPO_CUE = /data protection officer|\bDPO\b|swyddog diogelu data/i;
const CONTACT_LINE = /^(?:e-?mail|tel(?:ephone)?|phone|helpline|post|address|website|web|online|fax|text|minicom|write)\b|@|\b0\d{3}|\+44/i;

function contactOfBlock(b: Block): Contact {
  const c = emptyContact();
  const text = b.kind === 'row' && b.cells ? b.cells.join('\n') : b.text;
  c.emails.push(...findEmails(text));
  c.phones.push(...findPhones(text));
  c.urls.push(...findUrls(text));
  const address = POSTCODE.test(text) ? findPostalAddress(b.kind === 'row' && b.cells ? b.cells.slice(1).join('\n') || text : text) : null;
  if (address) c.postalAddresses.push(address);
  for (const link of b.links) {
    const href = link.href.trim();
    if (/^mailto:/i.test(href)) mergeContact(c, { emails: [decodeURIComponent(href.slice(7).split('?')[0]!)] });
    else if (/^tel:/i.test(href)) mergeContact(c, { phones: findPhones(decodeURIComponent(href.slice(4))) });
    else if (/^https?:\/\//i.test(href)) mergeContact(c, { urls: [href] });
  }
  return mergeContact(emptyContact(), c);
}

/** Drops the ICO's own details and addresses made to look like a council's. */
function withoutIco(c: Contact): Contact {
  return {
    emails: c.emails.filter((e) => !isIcoEmail(e) && !isDeceptiveEmail(e)),
    phones: c.phones.filter((p) => !isIcoPhone(p)),
    postalAddresses: c.postalAddresses.filter((a) => !isIcoAddress(a)),
    urls: c.urls.filter((u) => !isIcoUrl(u)),
  };
}

const hasAny = (c: Contact) => c.emails.length + c.phones.length + c.postalAddresses.length + c.urls.length > 0;

/** text: the block with the sentence that introduced it ("Contact our DPO:"). */
type Located = { block: Block; section: Section; contact: Contact; icoContext: boolean; text: string };

/** Contact-bearing blocks, each marked when it belongs to the ICO (by itself or by its lead-in). */
function locateContacts(s: Structure): Located[] {
  const out: Located[] = [];
  let icoContext = false;
  let section: Section = s.sections[0]!;
  let leadIn = '';
  const sectionOf = new Map(s.units.map((u) => [u.block, u.section]));
  for (const b of s.doc.blocks) {
    if (b.kind === 'heading') {
      icoContext = ICO_MENTION.test(b.text);
      section = sectionOf.get(b) ?? section;
      leadIn = '';
      // A short line read as a heading may still be a contact line ("Call the parking team on …").
      const inHeading = contactOfBlock(b);
      if (inHeading.phones.length || inHeading.emails.length) out.push({ block: b, section, contact: inHeading, icoContext, text: b.text });
      continue;
    }
    const mentionsIco = ICO_MENTION.test(b.text);
    const contact = contactOfBlock(b);
    const looksLikeContact = hasAny(contact) || CONTACT_LINE.test(b.text.trim());
    if (mentionsIco) icoContext = true;
    else if (!looksLikeContact) icoContext = false;
    if (hasAny(contact)) out.push({ block: b, section, contact, icoContext: icoContext || mentionsIco, text: `${leadIn}\n${b.text}` });
    if (!looksLikeContact) leadIn = b.text;
  }
  return out;
}

function sectionIs(section: Section, topics: Topic[]): boolean {
  return section.topics.some((t) => topics.includes(t)) || section.headingTopics.some((t) => topics.includes(t));
}

/** Both contacts from one pass over the page's contact blocks. */
export function contacts(s: Structure): { rightsContact: Contact; dataProtectionOfficer: { mentioned: boolean; contact: Contact } } {
  const located = locateContacts(s);
  return { rightsContact: rightsContactFrom(located), dataProtectionOfficer: dpoFrom(s, located) };
}

export const rightsContact = (s: Structure): Contact => contacts(s).rightsContact;
export const dataProtectionOfficer = (s: Structure) => contacts(s).dataProtectionOfficer;

function rightsContactFrom(located: Located[]): Contact {
  const out = emptyContact();
  for (const l of located) {
    if (l.icoContext && !RIGHTS_CONTACT_CUE.test(l.text.replace(ICO_MENTION, ''))) continue;
    const relevant = sectionIs(l.section, RIGHTS_CONTACT_TOPICS) || RIGHTS_CONTACT_CUE.test(l.text) || DPO_CUE.test(l.text)
      || l.contact.emails.some((e) => DATA_PROTECTION_MAILBOX.test(e));
    if (!relevant) continue;
    mergeContact(out, withoutIco(l.icoContext ? { ...l.contact, phones: [], postalAddresses: [] } : l.contact));
  }
  // A notice with no data protection contact still tells you whom to ask: "For details call the
  // parking team on…". That contact is where questions about your data go.
  if (!out.emails.length && !out.phones.length) {
    for (const l of located) {
      if (l.icoContext || !ASK_US.test(l.text)) continue;
      const c = withoutIco(l.contact);
      mergeContact(out, { ...c, postalAddresses: [], urls: [] });
    }
  }
  return out;
}
const ASK_US = /\b(?:contact|contacted|call|ring|phone|telephone|email|e-mail|get in touch|speak to)\b/i;

function dpoFrom(s: Structure, located: Located[]): { mentioned: boolean; contact: Contact } {
  const mentioned = s.units.some((u) => DPO_CUE.test(u.text));
  const contact = emptyContact();
  if (!mentioned) return { mentioned, contact };
  for (const l of located) {
    if (l.icoContext) continue;
    if (sectionIs(l.section, ['dpo']) || DPO_CUE.test(l.text)) mergeContact(contact, withoutIco(l.contact));
  }
  return { mentioned, contact };
}
