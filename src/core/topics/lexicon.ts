// How councils word the parts of a privacy notice, as data. A section's heading is matched against
// HEADING_CUES; a lead-in sentence ("We may share your information with:") against LEAD_IN_CUES to
// say what the list under it holds. Add phrasings here, not branches in code.

export const TOPICS = [
  'controller', 'dpo', 'contact', 'purposes', 'lawful-basis', 'data-collected', 'special-category',
  'recipients', 'retention', 'rights', 'complaints', 'transfers', 'automated-decisions', 'sources',
  'security', 'cookies', 'changes', 'requirement',
] as const;
export type Topic = (typeof TOPICS)[number];

export const HEADING_CUES: Record<Topic, RegExp[]> = {
  controller: [/data controller/i, /\bcontroller\b/i, /who (we are|are we|is responsible|collects)/i, /about us\b/i, /who (?:will control|controls|is collecting|is processing|is using)\b/i, /\brheolydd data\b|manylion hunaniaeth|pwy ydym ni/i],
  dpo: [/data protection officer/i, /\bDPO\b/, /swyddog diogelu data/i],
  contact: [/contact(ing)? (us|details|the council|information)/i, /who (to|should i|can i) contact/i, /how (to|do i|can i) contact/i, /get in touch/i, /further information|more information|where can i get advice|advice/i, /who do i contact/i, /how can (?:you|i) (?:talk to|contact|reach) us/i, /\bcysylltu\b|manylion cyswllt/i],
  purposes: [/\bhow (?:is|are) (?:it|they|this|these|that) used\b/i, /\bwhy\b.*\b(collect|process|use|need|hold|ask|have)/i, /purpose/i, /what (we|do we|will we) (do|use)/i, /how (we|do we|will we|the council) uses?\b/i, /how (your|the|this|my) (personal )?(data|information) (is|will be) used/i, /reasons? (for|why|we)/i, /\buse of (your|personal)/i, /what (?:will|is|are|would) (?:your |the |my |this )?(?:personal )?(?:information|data|details) (?:be )?used for/i, /how (?:will|is|are|would) (?:your|the|my|this) (?:personal )?(?:information|data|details) (?:be )?used/i, /what (?:do|will|does|did) (?:you|we|they|the council) do with/i, /\busing (?:your|personal) (?:data|information)/i, /how it is used/i, /\b(?:collect|use|process|hold|need)\b.*\band why\b/i, /\bhow (?:will|do|does|would|can|may|might)\s+(?:[\w'’]+\s+){1,3}uses?\s+(?:your|the|my|this|personal)\b/i, /\b(?:so (?:that )?(?:we|the council|they) can|in order to)\s*:?\s*$/i, /\bdiben|pam (?:rydym|ein bod|mae angen|byddwn)|sut (?:mae|rydym|y byddwn|byddwn).{0,60}defnyddio|defnyddio eich (?:data|gwybodaeth)/i],
  'lawful-basis': [/(legal|lawful) (basis|bases|grounds?|power)/i, /lawfulness/i, /basis (for|of) (processing|collecting|using)/i, /legislation|\bthe law\b.*(allow|say)/i, /(what|which) (law|legislation)/i, /\blegal (duties|duty|obligations?)\b/i, /\bauthority to\b/i, /what makes it lawful/i, /what (?:authority|right) does/i, /sail (?:gyfreithiol|gyfreithlon)|seiliau cyfreithiol/i],
  'data-collected': [/\b(?:information|data|details)\s+(?:collected|held|processed|gathered|recorded)\b/i, /(information|data|details)( about you)? (we|that we|do we|the council|will we) (may )?(collect|hold|process|need|keep|use|record|ask|obtain|gather)/i, /what (personal )?(information|data|details)/i, /categor(y|ies) of (personal )?(data|information)/i, /types? of (personal )?(data|information)/i, /information (that )?(we|the council) holds?/i, /personal (data|information) we/i, /\bdata collected\b/i, /what (?:kind|kinds|sort|type|types) of (?:personal )?(?:information|data|details)/i, /what we (?:need|collect)\b/i, /classes of (?:personal )?(?:information|data)/i, /categori[aâ]u o (?:ddata|wybodaeth)|pa (?:ddata|wybodaeth)|mathau o (?:ddata|wybodaeth)/i],
  'special-category': [/special categor/i, /sensitive/i, /criminal (offence|conviction)/i, /categori[aâ]u arbennig|\bsensitif\b/i],
  recipients: [/\bshar(e|es|ed|ing)\b/i, /disclos/i, /who (will|do|does|may|can|else) (we )?(see|have access|receive|get|access)/i, /recipients?/i, /\bpass(ed|ing)? (on|to)\b/i, /third part/i, /who (we|do we) (give|send|pass)/i, /\brhannu\b|datgelu|pwy fydd yn (?:gallu )?gweld|derbynwyr/i],
  retention: [/how long/i, /retention/i, /\bretain/i, /(keep|kept|hold|held|store|stored)\b.{0,40}\b(for|long|period)\b/i, /dispos(e|al)/i, /destroy|destruction/i, /delet(e|ion)/i, /am ba hyd|cyfnod(?:au)? cadw|\bcadw\b/i],
  rights: [/\brights?\b/i, /\bwithdraw(?:ing|al of)? (?:your )?consent\b/i, /\b(?:t|d|nh)ynnu (?:eich )?(?:c|g)aniatâd\b/i, /subject access/i, /access (to )?(your|my) (personal )?(data|information)/i, /\bhawl(?:iau)?\b/i],
  complaints: [/complain/i, /concern/i, /unhappy|dissatisfied|not (happy|satisfied)/i, /information commissioner/i, /\bICO\b/, /\bcwyn|comisiynydd gwybodaeth/i],
  transfers: [/abroad|overseas/i, /\bleave the (?:uk|united kingdom|eea|eu|country)\b/i, /outside (of )?(the )?(uk|united kingdom|eea|eu|european|country)/i, /international/i, /transfer/i, /other countries|third countr/i, /\btu allan i\b|y tu hwnt i|trosglwyddo/i],
  'automated-decisions': [/automat/i, /profiling/i, /\b(?:computer|algorithm)s?\b.*\bdecisions?\b|\bdecisions?\b.*\b(?:computer|algorithm)s?\b/i, /awtomat|proffilio/i],
  sources: [/\bsources?\b/i, /where (we|do we|does|did) (get|obtain|find|the)/i, /where (your|the|my) (personal )?(data|information) (comes?|came) from/i, /how (we|do we|the council) (get|obtain|collect|gather|receive)/i, /\bobtain(ed)?\b/i, /(from|by) (other|third)/i, /received? from/i, /when (?:do|will|did) we (?:collect|get|obtain)/i, /ffynhonnell|ffynonellau|o ble (?:rydym|y cawn|mae)/i],
  security: [/secur/i, /protect/i, /keep(ing)? .{0,30}\b(safe|secure)/i, /\bstor(e|ed|age)\b/i, /diogelwch/i],
  cookies: [/cookie/i, /cwcis/i],
  changes: [/changes? to (this|our|the)/i, /updates? to (this|our|the)/i, /review of this/i, /newidiadau i'?r/i],
  requirement: [/do (i|you) (have|need) to (give|provide)/i, /(have|required|obliged) to (give|provide)/i, /what (will )?happens? if (i|you) (don.?t|do not)/i, /must (i|you) (give|provide)/i],
};

/** Words in the sentence just before a list that say what the list holds. Earlier topics win. */
export const LEAD_IN_CUES: [Topic, RegExp][] = [
  // "…is used for the following purposes:", "…and use it to:": what the data is for, before what it is.
  // "Processing activities – we process personal information relating to:": what the data is used in.
  ['purposes', /^(?:our\s+)?processing\s+activit(?:y|ies)\b[^.]*:\s*$/i],
  // "…collect information from you to enable us to meet our duties in terms of": the list is what for.
  ['purposes', /\bto\s+(?:enable|allow|help)\s+(?:us|the council)\s+to\b[^.]{0,80}$/i],
  // "This information can include:": the list is the data itself.
  ['data-collected', /^(?:this|the|such|your)\s+(?:personal\s+)?(?:information|data|details)\s+(?:can\s+|may\s+|will\s+|could\s+)?(?:include|includes)\s*:\s*$/i],
  // "…shared with other organisations to:": the list says what the sharing is for.
  ['purposes', /(?:\b(?:organisations?|bodies|agencies|partners|departments?|councils?|authorities|teams?|services|us|them)|,\s*(?:and\s+)?also|\band\s+also)\s+(?:in order\s+)?to\s*:\s*$/i],
  // "…collect the following information for assessment purposes:": the list is the data.
  ['data-collected', /\bthe\s+following\s+(?:personal\s+|categories\s+of\s+|types\s+of\s+)?(?:information|data|details)\b[^.:]{0,60}:\s*$/i],
  ['purposes', /\b(?:used|(?:use|process)\s+(?:it|them|(?:this|these|the|your)\s+(?:personal\s+)?(?:data|information|details)))\s+(?:for|to)\b[^.]{0,40}:\s*$|\b(?:the|this|your)\s+(?:information|data|details)\s+(?:to|in order to)\s*:\s*$|\bpurposes?\s*:\s*$|\ber\s+mwyn\b[^.]{0,60}:\s*$|\bdibenion\b[^.]{0,40}:\s*$/i],
  ['rights', /\b(you have|your) (the )?(following )?rights?\b|\bright to\b/i],
  ['recipients', /\b(?:shar(?:e|ed|es|ing)|disclos(?:e|ed|es|ing))\b.{0,80}\b(?:with|to)\b(?!\s+(?:do|be|help|make|meet|provide|support|deliver|enable|carry|protect|prevent|comply|ensure)\b)|\b(?:pass(?:ed)?(?:\s+on)?|provided?|give|given|send|sent)\s+(?:(?:your|this|the|that|some|personal|particular|sets|of|such)\s+)*(?:information|data|details|records)\b.{0,40}\bto\b(?!\s+(?:do|be|help|make|meet|provide|support|deliver|enable|carry|protect|prevent|comply|ensure|us)\b)|\b(?:give|provide|send|pass|supply|sell|disclose|share)\b[^.]{0,60}\b(?:to|with)\s*:?\s*$|\brecipients?\b|\b(?:organisations|agencies|bodies|partners)\s+(?:we|that we|who)\b.{0,30}\b(?:share|work)|\b(?:other\s+)?(?:data\s+)?controllers\b[^.]{0,40}\bworks?\s+with\b|\bwho (?:we|the council) (?:may )?share\b/i],
  ['sources', /\b(receive[ds]?|obtain(ed|s)?|get|collect(ed)?|comes?|came|passed|provided|given)\b.{0,60}\bfrom\b|\bsources?\b|\bprovided (to us )?(directly )?by\b/i],
  ['data-collected', /\b(categor(y|ies)|types?|kinds?) of (personal )?(information|data)\b|\b(collect|hold|process|record|keep|ask for|use)\b.{0,40}\b(following|these|this) (personal )?(information|data|details)\b|\b(information|data|details) (we|that we|the council) (collect|hold|process|record|keep|ask for)\b.{0,40}(include|:|are)|\b(personal )?(information|data|details) (we|that we) (may )?(collect|hold|process)/i],
  ['data-collected', /\b(?:we|the council)\s+(?:will\s+|may\s+|also\s+)*(?:collect|hold|record|ask for|need|obtain)(?:\s+and\s+(?:collect|hold|record|obtain|use|process|keep))?\s*(?:the following\s+)?(?:(?:personal\s+)?(?:information|data|details)\s+)?(?:about|on|from|of)?\s*:\s*$/i],
  ['special-category', /\bspecial\s+categor(?:y|ies)\b|\bsensitive\s+(?:personal\s+)?(?:data|information)\b|\breveal\s+(?:your|their)\s*:?\s*$|\bd?datgelu\s+eich\s*:?\s*$|\bcategori[aâ]u\s+arbennig\b/i],
  ['lawful-basis', /\b(legal|lawful) (basis|bases|grounds?)\b|\bwhere:?\s*$|\bconditions?\b.{0,40}\b(article|processing)\b/i],
  ['purposes', /\b(in order to|so (that )?we can|purposes?|reasons?|to help us)\b|\b(use|used|uses|using|process|processed|collect|hold)\b.{0,60}(?<!\b(?:relating|related|belonging|in relation|with regard|in respect))\s+(to|for)\s*[:;]?\s*$|\b(use|uses|process|processes|collect|hold)\b[^.]{0,50}\b(data|information|details)\s+to\s+[a-z]+/i],
];

/** Topics a heading names. */
export function topicsOfHeading(text: string): Topic[] {
  return TOPICS.filter((t) => HEADING_CUES[t].some((re) => re.test(text)));
}
