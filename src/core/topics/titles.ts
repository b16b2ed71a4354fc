// Page titles that say "privacy notice", and titles of pages that only talk about data. Shared
// by the content script's first look and the engine's detection, so both judge a title alike.

export const NOTICE_TITLE = /\bprivacy\s+(?:notice|policy|statement|information)\b|\bprivacy\s+notices\s*[-–—:|]\s*\w|\bfair\s+processing\b|\bdata\s+protection\s+(?:notice|statement)\b|\bhow\s+we\s+(?:use|handle|process|look after)\s+(?:your\s+)?(?:personal\s+)?(?:information|data)\b|\bwhat\s+we\s+do\s+with\s+your\s+(?:data|information)\b|\byour\s+(?:personal\s+)?(?:data|information)\s+and\s+(?:us|the council)\b|\b(?:hysbysiad|hysbysiadau|rhybudd|datganiad|polisi)\s+preifatrwydd\b|\bdata\s+privacy\b|^\s*privacy\s*$/im;

export const NOT_NOTICE_TITLE = /\bcookie(?:s|\s+policy|\s+notice)?\b(?!.*privacy)|\baccessibility\s+statement\b|\bfreedom\s+of\s+information\b|\b(?:how\s+to\s+)?(?:make|making|request|requesting)\s+(?:a\s+)?subject\s+access\b|\bsubject\s+access\s+request(?:s)?\s*$|\bprivacy\s+notices\s*$|\b(?:list|index)\s+of\s+privacy\b|\bterms\s+(?:and|&)\s+conditions\b|\bdata\s+breach\b|\brecords\s+management\b|\bretention\s+schedule\b|\bpublication\s+scheme\b/i;
