// The Information Commissioner's Office: its own contact details (so they are never reported as a
// council's) and the real addresses the extension links to (never a link taken from the page).
import type { Language } from './i18n/language';

export const ICO_LINKS = {
  complain: 'https://ico.org.uk/make-a-complaint/',
  subjectAccessGuide: 'https://ico.org.uk/for-the-public/getting-copies-of-your-information-subject-access-request/',
  registerEntry: (number: string) => `https://ico.org.uk/ESDWebPages/Entry/${encodeURIComponent(number)}`,
} as const;

/** The ICO's own Welsh pages (cy.ico.org.uk) for a resident reading in Welsh; the register has no Welsh version. */
export const ICO_LINKS_CY = {
  ...ICO_LINKS,
  complain: 'https://cy.ico.org.uk/make-a-complaint/data-protection-complaints/',
  subjectAccessGuide: 'https://cy.ico.org.uk/for-the-public/your-right-to-get-copies-of-your-data/',
} as const;

export const icoLinks = (language: Language) => (language === 'cy' ? ICO_LINKS_CY : ICO_LINKS);

/** Helplines and switchboards the ICO has published over the years, as digits. */
const ICO_PHONE_DIGITS = new Set(['03031231113', '03031231114', '01625545745', '01625545700', '08456306060', '08456146060', '01625524510']);

export const ICO_MENTION = /\binformation commissioner|\bICO\b|wycliffe house|\bSK9\s*5AF\b|\bComisiynydd Gwybodaeth\b|\bSCG\b/i;

export function isIcoEmail(email: string): boolean {
  return /@(?:[\w-]+\.)*ico\.org\.uk$/i.test(email);
}

export function isIcoPhone(phone: string): boolean {
  return ICO_PHONE_DIGITS.has(phone.replace(/\D/g, '').replace(/^44/, '0'));
}

export function isIcoUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'ico.org.uk' || host.endsWith('.ico.org.uk');
  } catch {
    return false;
  }
}

export function isIcoAddress(address: string): boolean {
  return ICO_MENTION.test(address);
}
