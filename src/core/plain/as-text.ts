// The summary as plain text: for people in a terminal, and the popup's "Copy summary" (in the
// language the popup shows).
import type { Language } from '../i18n/language';
import type { NoticeSummary } from '../types';
import { wordsFor } from './words';

export function formatText(summary: NoticeSummary, file: string, language: Language = 'en'): string {
  const w = wordsFor(language).text;
  const yesNo = (value: boolean) => (value ? w.yes : w.no);
  const lines: string[] = [];
  const rule = '─'.repeat(Math.min(72, Math.max(20, file.length + 4)));
  lines.push(rule, file, rule);
  lines.push(`${w.title}: ${summary.source.title || w.noTitle}`);
  lines.push(`${w.privacyNotice}: ${yesNo(summary.detection.isPrivacyNotice)} (${w.score} ${summary.detection.score})`
    + `   ${w.council}: ${yesNo(summary.detection.isCouncil)}`
    + `   ${w.lastUpdated}: ${summary.lastUpdated ?? w.notGiven}`);
  lines.push('', summary.plain.headline);
  for (const section of summary.plain.sections) {
    lines.push('', `## ${section.title}`);
    for (const sentence of section.sentences) lines.push(`  ${sentence}`);
  }
  lines.push('');
  return lines.join('\n');
}
