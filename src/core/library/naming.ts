// How a saved notice is grouped: by council (the controller, else the site's name) and by
// service (the notice's title without "privacy notice" and the council's name).
import type { NoticeSummary } from '../types';

export function councilOf(summary: NoticeSummary): string {
  if (summary.controller.name) return summary.controller.name;
  try {
    const host = new URL(summary.source.url ?? '').hostname.replace(/^www\./, '');
    if (host) return host;
  } catch { /* no address: fall through */ }
  return 'Unknown council';
}

export function serviceOf(summary: NoticeSummary): string {
  const council = summary.controller.name ?? '';
  let title = (summary.source.title ?? '').split(/\s+[|–—-]\s+/)[0] ?? '';
  if (council) title = title.replace(new RegExp(council.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), '');
  title = title.replace(/\b(?:privacy|fair processing|data protection)\s+(?:notice|policy|statement)\b/gi, '').replace(/^[\s:,–—-]+|[\s:,–—-]+$/g, '').trim();
  return title || 'General';
}
