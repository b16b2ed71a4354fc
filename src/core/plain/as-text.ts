// The summary as plain text: for people in a terminal, and the popup's "Copy summary".
import type { NoticeSummary } from '../types';

export function formatText(summary: NoticeSummary, file: string): string {
  const lines: string[] = [];
  const rule = '─'.repeat(Math.min(72, Math.max(20, file.length + 4)));
  lines.push(rule, file, rule);
  lines.push(summary.source.title ? `Title: ${summary.source.title}` : 'Title: (none)');
  lines.push(`Privacy notice: ${summary.detection.isPrivacyNotice ? 'yes' : 'no'} (score ${summary.detection.score})`
    + `   Council: ${summary.detection.isCouncil ? 'yes' : 'no'}`
    + `   Last updated: ${summary.lastUpdated ?? 'not given'}`);
  lines.push('', summary.plain.headline);
  for (const section of summary.plain.sections) {
    lines.push('', `## ${section.title}`);
    for (const sentence of section.sentences) lines.push(`  ${sentence}`);
  }
  lines.push('');
  return lines.join('\n');
}
