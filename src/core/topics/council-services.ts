// Services only local authorities run. A notice about two of them, written by a body that does not
// call itself something else ("the Trust", "the Practice"), is a council's notice even where the
// council is never named and the page's address is unknown. Add services here, not branches in code.
export const COUNCIL_SERVICES: RegExp[] = [
  /\bcouncil tax\b/i, /\bbusiness rates\b|\bnon-domestic rates\b/i, /\bblue badges?\b/i, /\belectoral (?:register|registration|services)\b/i,
  /\bregister office\b|\bsuperintendent registrar\b|\bregistrars?\b/i, /\byouth (?:justice|offending)\b/i, /\badoption\b|\bfostering\b/i,
  /\bhousing (?:benefit|register|options|needs|allocations?)\b|\bhomelessness\b|\btenancy\b|\btenants?\b/i,
  /\bplanning (?:applications?|permission|register)\b|\bbuilding control\b|\bdevelopment control\b/i,
  /\b(?:garden|household) waste\b|\bbins?\b|\brecycling\b|\bwaste collection\b/i,
  /\bparking (?:permits?|services|enforcement)\b|\bpenalty charge notices?\b|\bPCNs?\b/, /\bstreet ?works\b|\bhighways?\b/i,
  /\b(?:taxi|hackney carriage|private hire|premises|alcohol|gambling) licen[cs]/i, /\btrading standards\b/i, /\benvironmental health\b/i,
  /\bschool (?:admissions|transport)\b|\bhome to school\b|\bspecial educational needs\b|\bSEND\b/, /\b(?:adult|children['’]?s) social care\b|\bsocial workers?\b/i,
  /\blibrar(?:y|ies)\b/i, /\bleisure centres?\b/i, /\ballotments?\b/i, /\bpest control\b/i, /\bconcessionary (?:travel|bus)\b|\bbus pass(?:es)?\b/i,
  /\bcoroners?\b/i, /\bsafeguarding adults board\b|\bsafeguarding children partnership\b/i, /\bcouncillors?\b|\belected members\b/i,
  /\bvaluation joint board\b|\bassessors?\b/i, /\bpublic health\b/i, /\bcommunity safety\b/i,
];

/** How another kind of body speaks of itself ("the Trust", "the Practice", "the Force"). */
export const OTHER_BODY_SELF = /\b[Tt]he\s+(?:Trust|Practice|Surgery|Force|University|College|School|Academy|Company|Charity|Association|Hospital|Constabulary|Foundation)\b/;
