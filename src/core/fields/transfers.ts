// Whether data may go outside the UK (or UK/EEA).
import type { Structure } from '../sections';
import type { Answer } from '../types';
import { answer } from './answer';

const PLACE = String.raw`(?:abroad|overseas|outside\s+(?:of\s+)?(?:the\s+)?(?:UK|U\.K\.|United Kingdom|EEA|EU|European (?:Economic Area|Union)|country|British Isles)|(?:third|other)\s+countr(?:y|ies)|international(?:ly)?\s+(?:transfers?|organisations?)|beyond\s+the\s+UK)`;

/** "Your data is held on servers within the EEA": it stays where the law protects it. */
const KEPT_AT_HOME = String.raw`\b(?:stored|held|processed|kept|hosted)\s+(?:on\s+(?:servers|systems)\s+)?(?:with)?in\s+the\s+(?:UK|United Kingdom|EEA|EU|European Economic Area)\b`;

export function internationalTransfers(s: Structure): Answer {
  return answer(s, {
    topic: 'transfers',
    mention: new RegExp(`${PLACE}|\\bleave\\s+the\\s+(?:UK|United Kingdom|EEA|EU)\\b|${KEPT_AT_HOME}`, 'i'),
    no: new RegExp(String.raw`${KEPT_AT_HOME}(?![^.]*\b(?:but|however|except)\b)|\bnot\s+(?:be\s+)?(?:processed|transferred|stored|sent|held|kept)\s+outside\b|${PLACE}[^.]{0,30}\b(?:not applicable|n\/a|none)\b|\b(?:not|never|no)\b[^.]{0,60}\b(?:transfer|send|sent|store|stored|process|processed|share|shared|leave|move|go)\w*\b[^.]{0,40}${PLACE}|\b(?:do|does|will|would)\s+not\s+(?:be\s+)?(?:transfer|send|sent|store|process|leave)|\b(?:all|only)\b[^.]{0,40}\b(?:stored|held|processed|kept)\s+(?:with)?in\s+the\s+(?:UK|United Kingdom)\b(?![^.]*\b(?:but|however|except)\b)|\bno\b[^.]{0,20}\b(?:data|information)\b[^.]{0,40}${PLACE}`, 'i'),
    ignore: /\bright\s+to\b|\binternational standard\b|\b(?:when|if) you (?:travel|are) abroad\b|\b(?:from|live|living|lives) abroad\b/i,
  });
}
