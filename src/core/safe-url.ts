// The only links Plain Notice ever renders: https, http, mailto and tel. Anything else a page
// offers (javascript:, data:, vbscript:, blob:, file:, relative paths) is shown as text, never a link.

const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);
/** Control and bidirectional-override characters have no place in a link we render. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const href = raw.trim();
  if (!href || INVISIBLE.test(href) || href.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if ((url.protocol === 'https:' || url.protocol === 'http:') && (!url.hostname || url.username || url.password)) return null;
  return url.href;
}

const STRICT_EMAIL = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;

export function mailtoHref(email: string, subject?: string, body?: string): string | null {
  if (!STRICT_EMAIL.test(email)) return null;
  const params = [subject ? `subject=${encodeURIComponent(subject)}` : '', body ? `body=${encodeURIComponent(body)}` : ''].filter(Boolean).join('&');
  return `mailto:${email}${params ? `?${params}` : ''}`;
}

export function telHref(phone: string): string | null {
  const digits = phone.replace(/[\s()-]/g, '');
  return /^\+?\d{7,15}$/.test(digits) ? `tel:${digits}` : null;
}
