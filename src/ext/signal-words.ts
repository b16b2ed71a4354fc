// The engine explains its "is this a privacy notice?" verdict in English signals (for the command
// line and tests). The popup shows them in the page's language: each known signal is matched
// here and said with a message; anything unknown is shown as the engine wrote it.
import { t } from './i18n';

const SIGNALS: [RegExp, string][] = [
  [/^title: (.*)$/, 'signalTitle'],
  [/^title about data: (.*)$/, 'signalTitleAboutData'],
  [/^address mentions privacy or data protection$/, 'signalAddress'],
  [/^heading: (.*)$/, 'signalHeading'],
  [/^body names a data controller$/, 'signalBodyController'],
  [/^body states a lawful basis$/, 'signalBodyLawfulBasis'],
  [/^body speaks of personal data$/, 'signalBodyPersonalData'],
  [/^body says how long data is kept$/, 'signalBodyRetention'],
  [/^body mentions the ICO$/, 'signalBodyIco'],
  [/^body names data protection law$/, 'signalBodyLaw'],
  [/^body says who data is shared with$/, 'signalBodySharing'],
  [/^title reads like another kind of page: (.*)$/, 'signalOtherKindOfPage'],
  [/^page is mostly links$/, 'signalMostlyLinks'],
  [/^too little text to be a notice$/, 'signalTooLittleText'],
  [/^not written in English or Welsh$/, 'signalNotEnglish'],
  [/^very long page: only the first part was read$/, 'signalTruncated'],
  [/^controller is a council: (.*)$/, 'signalControllerCouncil'],
  [/^title names a council: (.*)$/, 'signalTitleCouncil'],
  [/^council site: (.*)$/, 'signalCouncilSite'],
  [/^calls itself a notice: (.*)$/, 'signalSelfNamed'],
  [/^found (\d+) of the parts of a notice$/, 'signalFoundParts'],
  [/^names a council: (.*)$/, 'signalNamesCouncil'],
  [/^speaks of itself as the council$/, 'signalSelfCouncil'],
  [/^about services only councils run$/, 'signalCouncilServices'],
];

/** The message key for a signal, and the part it quotes; null when the signal is not known. */
export function signalMessage(signal: string): { key: string; detail: string[] } | null {
  for (const [pattern, key] of SIGNALS) {
    const m = pattern.exec(signal);
    if (m) return { key, detail: m.slice(1) };
  }
  return null;
}

export function signalInWords(signal: string): string {
  const known = signalMessage(signal);
  return known ? t(known.key, ...known.detail) : signal;
}
