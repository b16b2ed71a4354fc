// Services only local authorities run. A notice about them, written by a body that does not call
// itself something else ("the Trust", "the Practice"), is a council's notice even where the council
// is never named and the page's address is unknown. Services that only councils run count twice;
// services other bodies share (social care, housing, public health…) count once, and a notice
// needs a weight of two. Add services here, not branches in code.
const ONLY_COUNCILS: RegExp[] = [
  /\bcouncil tax\b/i, /\bbusiness rates\b|\bnon-domestic rates\b/i, /\bblue badges?\b/i, /\belectoral (?:register|registration|services)\b/i,
  /\bregister office\b|\bsuperintendent registrar\b/i, /\byouth (?:justice|offending) (?:service|team)s?\b/i,
  /\bplanning (?:applications?|permission|register)\b|\bbuilding control\b|\bdevelopment control\b/i,
  /\b(?:garden|household) waste\b|\bwaste collection\b|\bbin collections?\b/i,
  /\bparking (?:permits?|services|enforcement)\b|\bpenalty charge notices?\b|\bPCNs?\b/, /\bstreet ?works\b/i,
  /\b(?:taxi|hackney carriage|private hire|premises|alcohol|gambling) licen[cs]/i, /\btrading standards\b/i,
  /\bschool (?:admissions|transport)\b|\bhome to school\b|\belective home education\b/i, /\ballotments?\b/i, /\bpest control\b/i,
  /\bconcessionary (?:travel|bus)\b|\bbus pass(?:es)?\b/i, /\bsafeguarding adults? board\b|\bsafeguarding children partnership\b/i,
  /\bcouncillors?\b|\belected members\b/i, /\bvaluation joint board\b/i,
];
const SHARED_WITH_OTHERS: RegExp[] = [
  /\bhousing (?:benefit|register|options|needs|allocations?)\b|\bhomelessness\b|\btenancy\b/i, /\badoption\b|\bfostering\b/i,
  /\b(?:adult|children['’]?s) social care\b|\bsocial workers?\b/i, /\bspecial educational needs\b|\bSEND\b/, /\blibrar(?:y|ies)\b/i,
  /\bleisure centres?\b/i, /\bpublic health\b/i, /\bcommunity safety\b/i, /\bhighways?\b/i, /\benvironmental health\b/i, /\bcoroners?\b/i, /\bCare Act\b/, /\beducational psycholog/i,
  /\blocal authorit(?:y|ies)\b/i,
];

/** How strongly a text speaks of services only councils run: 2 or more reads as a council's. */
export function councilServiceWeight(text: string): number {
  return ONLY_COUNCILS.filter((re) => re.test(text)).length * 2 + SHARED_WITH_OTHERS.filter((re) => re.test(text)).length;
}

/** The name of a controller that is plainly some other kind of body. */
export const OTHER_BODY_NAME = /\b(?:NHS|Trust|Surgery|Practice|Hospital|Clinic|Academ(?:y|ies)|University|College|School|Police(?!\s+and\s+Crime\s+Panel)|Constabulary|Chief Constable|Fire and Rescue Service|Housing Association|Foundation|Charity|Limited|Ltd|plc|LLP|Commissioner|Office|Department|Ministry|Agency)\b/;

/** How another kind of body speaks of itself ("the Trust", "the Practice", "the Force"). */
export const OTHER_BODY_SELF = /\b[Tt]he\s+(?:Trust|Practice|Surgery|Force|University|College|School|Academy|Company|Charity|Association|Hospital|Constabulary|Foundation)\b/;
