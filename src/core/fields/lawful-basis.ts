// The Article 6 lawful bases, from the many ways councils word them. Sentences about the
// resident's rights ("you can object to processing based on legitimate interests") do not count.
import { bodyUnits, type Structure } from '../sections';
import { LAWFUL_BASES, type Evidence, type LawfulBasis } from '../types';
import { evidenceOf } from './evidence';

/** Article 6(1)(x) in the ways notices print it: "Article 6(1)(e)", "Article 6, 1(e)", "6.1(e)", "Art. 6 (1) (e)". */
function art6(letter: string): RegExp {
  return new RegExp(String.raw`\b(?:Article|Art\.?)\s*6\s*(?:\(\s*1\s*\)|,?\s*1|\.1)\s*,?\s*\(?\s*${letter}\s*\)|\b6\s*\(\s*1\s*\)\s*\(\s*${letter}\s*\)|\b6\.1\s*\(?${letter}\)`, 'i');
}

export const BASIS_PATTERNS: Record<LawfulBasis, RegExp[]> = {
  consent: [
    /\b(?:have|has)\s+(?:given|provided)\s+(?:us\s+)?(?:your\s+|their\s+)?(?:explicit\s+)?consent\b/i,
    /\b(?:with|based on|rely on|relies on|relying on|on the basis of|by)\s+(?:your|their)\s+(?:explicit\s+|specific\s+)?consent\b/i,
    /\b(?:you|they)\s+(?:have\s+)?consented\b|\(consented to\)/i,
    /\b(?:need|ask for|require|have|with)\s+(?:your|their)\s+consent\s+to\s+(?:hold|process|use|share|collect|keep|contact|obtain|get|ask|pass|send)\b/i,
    /\b(?:you|applicants?|the applicants?|residents?)\s+(?:give|gives|provide|provides)\s+(?:your\s+|their\s+)?consent\b/i,
    /(?:gyda['’]?ch|ar sail (?:eich )?|rhoi eich )\s*caniatâd\b/i, /\b(?:wedi\s+)?rhoi\s+(?:eu\s+|ei\s+)?caniatâd\b/i,
    /\bconsent\s+(?:is|as)\s+(?:the|our)\s+(?:lawful|legal)\s+basis\b/i,
    art6('a'),
    /^(?:explicit\s+|your\s+)?consent\b/i,
    /\b(?:provided|given)\s+(?:us\s+)?(?:your|their)\s+(?:explicit\s+|written\s+)?consent\b/i,
    /\bconsent[- ]based\b|\(\s*[\w'’ ]{0,20}consent\s*\)/i,
  ],
  contract: [
    /\b(?:entered|enter)\s+(?:into\s+)?a\s+contract\s+with\s+(?:us|the council)\b/i,
    /\bperformance\s+of\s+(?:a|the|this|your)\s+(?:[\w-]+\s*\/\s*)?contract\b/i, /\bcontract\s+to\s+which\s+you\s+are\s+(?:a\s+)?party\b/i, /\bto\s+which\s+you\s+are\s+(?:a\s+)?party\b/i,
    /\b(?:form(?:s)?\s+part\s+of|deliver|under|enter(?:ing)?\s+into)\s+(?:a|the|your)\s+contract\b/i,
    /\bnecessary\s+for\s+(?:the\s+performance\s+of\s+)?(?:a|the|your)\s+contract\b/i,
    /\bcontract\s+(?:with you|you have with us|between you and)\b/i,
    /\b(?:fulfil|carry out|perform)\s+(?:a|our|the|your)\s+contract\s+with\s+you\b/i,
    art6('b'), /^contract(?:ual)?(?:\s+necessity)?\s*(?:[:–—-]|$)/i, /\b(?:cyflawni|perfformio|gyflawni)\s+contract\b/i,
  ],
  'legal-obligation': [
    /\blegal\s+(?:and\s+\w+\s+)?obligations?\b/i, /\brhwymedigaeth(?:au)?\s+gyfreithiol\b/i,
    /\b(?:gwybodaeth|data)\b[^.]{0,80}\b[dD]?dyletswydd(?:au)?\s+(?:statudol|gyfreithiol)\b/i, /\bmust\s+be\s+done\s+by\s+law\b/i,
    /\b(?:meet|comply\s+with|fulfil)\s+(?:our|its|the\s+council['’]s)\s+(?:statutory|legal)\s+(?:obligations|duties|requirements)\b/i,
    /\b(?:is|are)\s+required\s+by\s+law\b/i, /\b(?:our|its)\s+legal\s+duty\b/i,
    // A statutory or legal duty counts where it is a duty to handle the data itself, not to run a service.
    /\b(?:statutory|legal)\s+(?:obligations?|dut(?:y|ies)|requirements?)\b[^.]{0,60}\b(?:process|provide|share|disclose|collect|hold|keep|make|publish)\b[^.]{0,40}\b(?:data|information|details|records)\b/i,
    /\b(?:legally\s+(?:obliged|required|bound)|required\s+(?:to\s+do\s+so\s+)?by\s+(?:the\s+)?law)\s+to\s+(?:process|provide|share|disclose|collect|hold|keep|pass|give|make|publish)\b[^.]{0,40}\b(?:data|information|details|records|it|them)\b/i,
    art6('c'),
  ],
  'vital-interests': [/\bbuddiannau\s+hanfodol\b/i, 
    /\bvital\s+interests?\b/i, /\bprotect\s+(?:someone'?s?|your|a person'?s|their|individuals?)\b[^.]{0,40}\b(?:life|lives)\b/i,
    /\bin\s+an\s+emergency\b/i, /\blife\s+or\s+death\b/i, art6('d'),
  ],
  'public-task': [
    /\bpublic\s+task\b/i, /(?<!substantial\s)\bpublic\s+interest\b/i, /\bofficial\s+authority\b/i, /\btasg\s+gyhoeddus\b|\bbudd\s+y\s+cyhoedd\b|\bawdurdod\s+swyddogol\b/i,
    art6('e'),
  ],
  'legitimate-interests': [/\blegitimate\s+interests?\b/i, /\bbuddiannau\s+(?:dilys|cyfreithlon)\b/i, art6('f')],
};

/** Sentences that speak of bases without relying on them (rights, caveats). */
const NOT_RELIED_ON = /\bright to\b|\byou (?:can|may) (?:object|withdraw|ask)\b|\bdepending on the lawful basis\b/i;
/** …and of consent in particular ("without your consent", "we do not need your consent"). */
const CONSENT_NOT_RELIED_ON = /\bwithout\s+(?:your\s+|the\s+)?consent\b|\b(?:do|does|will)\s+not\s+(?:need|require|rely on)\b[^.]{0,30}\bconsent\b|\bnot\s+(?:based|relying)\s+on\s+(?:your\s+)?consent\b/i;
/**
 * Where the law is an exception or someone else's duty, not the council's basis: "unless we are
 * under a legal obligation to do so", "you are required by law to give…", "our legal obligations
 * under data protection law".
 */
const NOT_A_LEGAL_BASIS = /\b(?:unless|except|or where)\b[^.]*?\b(?:law|legal(?:ly)?|obligations?)\b.*$|\b(?:if|where)\s+(?:we\s+are\s+|they\s+are\s+|it\s+is\s+|the\s+law\s+)?(?:required|obliged|requires)\b.*$|\byou\s+(?:are|may be|will be)\s+required\b.*$|\blegal\s+obligations?\s+under\s+(?:the\s+)?(?:data protection|UK GDPR|GDPR|General Data)\b.*$|\b(?:your rights|rights)\s+and\s+(?:our|the council['’]s)\s+legal\s+obligations?\b/gi;
/** Public interest for special category data only ("substantial public interest") stays out. */
const SUBSTANTIAL = /\bsubstantial\s+public\s+interest\b/i;

/** Wording that names a basis without relying on it, cut before that basis is looked for. */
const NOT_THIS_BASIS: Partial<Record<LawfulBasis, RegExp>> = { 'public-task': SUBSTANTIAL, 'legal-obligation': NOT_A_LEGAL_BASIS };

export function lawfulBases(s: Structure): { basis: LawfulBasis; evidence: Evidence }[] {
  const found = new Map<LawfulBasis, Evidence>();
  for (const u of bodyUnits(s)) {
    if (u.section.topics.includes('rights') && !u.section.topics.includes('lawful-basis')) continue;
    // Only what comes before "you have the right to…" / "you can withdraw…" speaks of a basis relied on.
    const aside = NOT_RELIED_ON.exec(u.text);
    const relied = aside ? u.text.slice(0, aside.index) : u.text;
    for (const basis of LAWFUL_BASES) {
      if (found.has(basis)) continue;
      if (basis === 'consent' && CONSENT_NOT_RELIED_ON.test(relied)) continue;
      const notThis = NOT_THIS_BASIS[basis];
      const text = notThis ? relied.replace(notThis, '') : relied;
      if (BASIS_PATTERNS[basis].some((re) => re.test(text))) found.set(basis, evidenceOf(u));
    }
  }
  return LAWFUL_BASES.filter((b) => found.has(b)).map((basis) => ({ basis, evidence: found.get(basis)! }));
}
