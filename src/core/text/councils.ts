// Names of UK local authorities as they appear in text, and gov.uk hosts that belong to one.
// Councils, boroughs, combined authorities, Welsh "Cyngor", Gaelic "Comhairle".
import { UK_COUNCILS } from './uk-councils';

const CAP = "\\p{Lu}[\\p{L}'’&-]+";
const NAME = `${CAP}(?:\\s+(?:and|upon|on|under|with|in|le|next|the|of|&)?\\s*${CAP}){0,4}`;
const KIND = '(?:City|County|Borough|District|Metropolitan Borough|Metropolitan District|Town|Parish|Community|Unitary|Island|Islands|Regional|Combined)';

/** Patterns for a council's full name; each match is a candidate name. */
export const COUNCIL_NAME_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:The\\s+)?(?:Royal\\s+)?(?:London\\s+)?Borough of\\s+${NAME}(?:\\s+Council)?`, 'gu'),
  new RegExp(`\\b(?:The\\s+)?(?:Council of the|City and County of|City of|County of|Royal Borough of|Metropolitan Borough of)\\s+${NAME}(?:\\s+(?:${KIND}\\s+)?Council)?`, 'gu'),
  new RegExp(`\\b${NAME}\\s+(?:${KIND}\\s+)*(?:Councils?|Combined Authority|Corporation)\\b`, 'gu'),
  new RegExp(`\\b(?:Cyngor|Comhairle)\\s+(?:nan\\s+|na\\s+|Sir\\s+|Bwrdeistref Sirol\\s+|Dinas\\s+)?${NAME}`, 'gu'),
  /\bGreater London Authority\b/g,
];

/** Words that make a "… Council" match something other than a local authority. */
const NOT_A_COUNCIL = /\b(?:Research|Arts|Medical|Sports?|British|Privy|Security|Advisory|Student|School|Youth|Parish Church|Sentencing|Press|Design|Funding|Economic|European|National|Science|Health and Care Professions|Nursing|General|Legal Services|Police|Chiefs'|Planning Inspectorate|Safeguarding)\b/;
/** "Some Council services", "Other Councils", "County Council": a kind of council, not one. */
const GENERIC = /^(?:Some|Any|All|Every|Each|Other|Which|Many|Most|Several|No|Both|Local|Neighbouring|Relevant|Parish|Town|County|District|Borough|City|Community|Unitary)(?:\s+(?:and|or|&)\s+\w+)?\s+(?:(?:City|County|Borough|District|Town|Parish|Community)\s+)?Councils?$/;
const LEADING_NOISE = /^(?:The|Contact|Email|Write to|Dear|About|Welcome to|Please contact|By|At|From|For|To|And|Our|Your|This|That|Privacy Notice[-–: ]*|Data Protection)\s+/;

export function cleanCouncilName(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3 && LEADING_NOISE.test(name); i++) {
    // Keep "The" only where it is part of an official style ("The Royal Borough of …")
    if (/^The\s+(?:Royal|Council of|City of)/.test(name)) break;
    name = name.replace(LEADING_NOISE, '');
  }
  return name.replace(/^The\s+(?=City of)/, '');
}

/** Every council name in a text, in order of appearance. */
export function findCouncilNames(text: string): { name: string; index: number }[] {
  const found: { name: string; index: number; end: number }[] = [];
  for (const re of COUNCIL_NAME_PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const name = cleanCouncilName(m[0]);
      if (NOT_A_COUNCIL.test(name) || GENERIC.test(name) || name.split(' ').length < 2) continue;
      const index = m.index ?? 0;
      found.push({ name, index, end: index + m[0].length });
    }
  }
  // Prefer the longest name at each place ("City of Wolverhampton Council" over "Wolverhampton Council").
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: typeof found = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.index < last.end) {
      if (f.name.length > last.name.length) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept.map(({ name, index }) => ({ name, index }));
}

export function isCouncilName(name: string): boolean {
  return findCouncilNames(name).length > 0;
}

/** gov.uk hosts of national bodies, not councils (first label under gov.uk). */
const NATIONAL_LABELS = new Set([
  'www', 'hmrc', 'dwp', 'homeoffice', 'cabinetoffice', 'education', 'justice', 'parliament', 'ons', 'nhs',
  'dvla', 'legislation', 'gro', 'nationalarchives', 'police', 'mod', 'fco', 'dft', 'defra', 'dhsc',
  'ukhsa', 'ofsted', 'judiciary', 'service', 'blog', 'campaign', 'data', 'api', 'assets', 'publishing',
]);

/** A gov.uk (or gov.wales / gov.scot) host that is not a national department's. */
export function isLocalGovHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  const m = /(?:^|\.)([a-z0-9-]+)\.(?:gov\.uk|gov\.wales|llyw\.cymru|gov\.scot)$/.exec(h);
  if (!m) return false;
  if (h === 'gov.uk' || /\.(?:service|blog|campaign|data|api)\.gov\.uk$/.test(h)) return false;
  return !NATIONAL_LABELS.has(m[1]!) && !/police$/.test(m[1]!);
}

/** Website host → council, from the list of every UK local authority. */
const BY_HOST = new Map(UK_COUNCILS.filter(([, , host]) => host).map(([name, , host]) => [host, name]));
/** Parish, town and community councils are not listed; their own domains say what they are. */
const COUNCIL_DOMAIN = /(?:^|[.-])[a-z-]*(?:council|parish|towncouncil|\bpc)\b[a-z-]*\./;

/** The local authority whose website a host belongs to (its own host or a sub-domain of it). */
export function councilOfHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = BY_HOST.get(labels.slice(i).join('.'));
    if (name) return name;
  }
  return null;
}

/** A host that belongs to a council: a listed authority's, a local gov.uk one, or a parish or town council's own domain. */
export function isCouncilHost(host: string): boolean {
  return !!councilOfHost(host) || isLocalGovHost(host) || COUNCIL_DOMAIN.test(host.toLowerCase());
}
