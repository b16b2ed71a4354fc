// Contact details in a piece of text: emails, UK phone numbers (validated by libphonenumber-js,
// which knows the UK numbering plan far better than a regular expression), postal addresses
// ending in a postcode, and web addresses.
import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { Contact } from '../types';

const CONTACT_LINE = /^(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|text|minicom|web(?:site)?|online)\b|@|https?:\/\/|www\./i;
export const POSTCODE = /\b([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9][A-Z]{2})\b/;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"')\]]*)?/gi;

export const emptyContact = (): Contact => ({ emails: [], phones: [], postalAddresses: [], urls: [] });

export function findPhones(text: string): string[] {
  if (!/\d{3}/.test(text)) return [];
  const out: string[] = [];
  // libphonenumber scans long texts slowly; only look where digits cluster.
  for (const m of text.matchAll(/(?:\+44\s?(?:\(0\)\s?)?|\(?0)[\d\s()-]{8,16}\d/g)) {
    for (const found of findPhoneNumbersInText(m[0], 'GB')) {
      if (found.number.country !== 'GB' || !found.number.isValid()) continue;
      const formatted = found.number.formatNational();
      if (!out.includes(formatted)) out.push(formatted);
    }
  }
  return out;
}

/** In running text, what follows "write to" or "address:" up to the postcode is the address. */
const ADDRESS_LEAD = /(?:writ(?:e|ing)\s+to(?:\s+us\s+at)?|by\s+post\s+(?:to|at)|post(?:al)?\s+address\s*:?|address\s*:)\s*(?:the\s+)?/i;

/** A postal address in a block: its lines (or comma-separated parts) up to the postcode. */
export function findPostalAddress(text: string): string | null {
  const m = POSTCODE.exec(text);
  if (!m) return null;
  if (!text.includes('\n')) {
    const before = text.slice(0, m.index);
    const lead = [...before.matchAll(new RegExp(ADDRESS_LEAD.source, 'gi'))].at(-1);
    if (lead) {
      const address = text.slice((lead.index ?? 0) + lead[0].length, m.index + m[0].length).replace(/\s+/g, ' ').trim();
      if (address.length > 6 && address.length < 200) return address.charAt(0).toUpperCase() + address.slice(1);
    }
  }
  const upTo = text.slice(0, m.index + m[0].length);
  // Email, phone and web lines sit in contact blocks too; they are not part of the address.
  const lines = upTo.split('\n').filter((l, i, all) => i === all.length - 1 || !CONTACT_LINE.test(l.trim()));
  const body = lines.length > 1 ? lines.slice(Math.max(0, lines.length - 8)).join(', ') : lines.join('');
  const cleaned = body
    .replace(/^.*?(?:address|post|write to us at|write to|by post|postal)\s*[:|-]\s*/i, '')
    .replace(/^[^:]{0,30}\|\s*/, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*,/g, ',')
    .trim();
  // A sentence that happens to end in a postcode is not an address block.
  return cleaned.length > 6 && cleaned.length < 250 ? cleaned : null;
}

export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map((m) => m[0].replace(/[.,;:]+$/, ''))
    .map((u) => (/^www\./i.test(u) ? `https://${u}` : u));
}

export function mergeContact(into: Contact, add: Partial<Contact>): Contact {
  for (const key of ['emails', 'phones', 'postalAddresses', 'urls'] as const) {
    for (const v of add[key] ?? []) {
      if (!into[key].some((x) => x.toLowerCase() === v.toLowerCase())) into[key].push(v);
    }
  }
  return into;
}
