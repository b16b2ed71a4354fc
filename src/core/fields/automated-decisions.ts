// Whether decisions about residents are made by automated means (including profiling).
import type { Structure } from '../sections';
import type { Answer } from '../types';
import { answer } from './answer';

export function automatedDecisionMaking(s: Structure): Answer {
  return answer(s, {
    topic: 'automated-decisions',
    mention: /\bautomat(?:ed|ic)\s+(?:decision|means|processing|individual)|\bprofiling\b|\bdecisions?\s+(?:made|taken)\s+(?:solely\s+|entirely\s+|purely\s+)?(?:by|using)\s+(?:a\s+)?(?:computer|automated|algorithm)/i,
    no: /\b(?:not|never|no)\b[^.]{0,60}\b(?:automat(?:ed|ic)|profiling)\b|\b(?:automat(?:ed|ic)|profiling)\b[^.]{0,40}\b(?:not applicable|n\/a|none)\b|\b(?:automat(?:ed|ic)|profiling)\b[^.]{0,40}\b(?:is|are|will)\s+not\b|\bdo(?:es)?\s+not\s+(?:use|carry out|undertake|make)\b[^.]{0,40}\b(?:automat(?:ed|ic)|profiling)\b|\balways\b[^.]{0,40}\b(?:human|person|member of staff)\b/i,
    ignore: /\brights?\b|\bwhat is\b|\bmeans\s+a\s+decision\b/i,
    inSection: /\bdecisions?\s+(?:made|taken|are|will|may)\b/i,
  });
}
