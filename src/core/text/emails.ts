// Email addresses as councils publish them: plain, obfuscated in text, or hidden by
// Cloudflare's email protection (the address XOR-ed with the first byte, hex-encoded).

// Bounded repeats (RFC 5321 lengths) keep the scan linear on hostile 100 000-character words.
export const EMAIL = /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){1,8}/g;

/** Decodes a Cloudflare `data-cfemail` value; null when it is not a valid encoding. */
export function decodeCfEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex) || hex.length > 512) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(out) ? out : null;
}

// "name [at] council [dot] gov [dot] uk", "name (at) council.gov.uk", "name at council dot gov dot uk"
const AT = String.raw`\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*`;
const DOT = String.raw`\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s|\.)\s*`;
const LABEL = '[A-Za-z0-9-]{1,63}';
const OBFUSCATED = new RegExp(
  String.raw`\b([A-Za-z0-9._%+-]{1,64})${AT}(${LABEL}(?:${DOT}${LABEL})*${DOT}(?:uk|com|org|net|gov|gov${DOT}uk|org${DOT}uk|co${DOT}uk|ac${DOT}uk|nhs${DOT}uk|wales|scot))\b`,
  'gi',
);

/** Emails in a piece of text, plain or written out in words, in order, without repeats. */
export function findEmails(text: string): string[] {
  const found: string[] = [];
  const add = (e: string) => {
    const clean = e.replace(/[.'-]+$/, '');
    if (!found.some((f) => f.toLowerCase() === clean.toLowerCase())) found.push(clean);
  };
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) add(m[0]);
  if (/\[at\]|\(at\)|\{at\}|\sat\s.*\sdot\s/i.test(text)) {
    for (const m of text.matchAll(OBFUSCATED)) {
      const domain = m[2]!.replace(new RegExp(DOT, 'gi'), '.');
      if (m[0].includes('@')) continue;
      // "at" in running prose ("look at our website") is not an address unless the domain has a dot word
      if (/\sat\s/i.test(m[0]) && !/\[|\(|\{|\sdot\s/i.test(m[0])) continue;
      add(`${m[1]}@${domain}`);
    }
  }
  return found;
}

/**
 * An address built to look like a council's: "gov.uk" in the middle of someone else's domain
 * ("dpo@council.gov.uk.example.com"), or a domain that mixes in look-alike letters.
 */
export function isDeceptiveEmail(email: string): boolean {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return /\.gov\.uk\./.test(domain) || /\.(?:gov|nhs|police)\.uk[a-z0-9-]/.test(domain) || /[^ -~]/.test(email);
}
