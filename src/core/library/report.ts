// The report to publish (`--format html`): one self-contained HTML page, with no scripts and no
// outside requests, that reads and prints well. It draws the same things as the compare page from
// the same pure code (table.ts, score.ts, the extension's English messages): the comparison
// grouped by council, the transparency scores and their formula, the "left out" chart, and each
// notice's plain summary with its address. Every piece of text is escaped; links are only
// http(s).
import messages from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { gapSentence, wordsFor } from '../plain/words';
import { safeHref } from '../safe-url';
import { CHECKLIST_ITEMS, type ChecklistStatus, type NoticeSummary } from '../types';
import { saveNotice } from './library';
import { REPORT_CSS } from './report-style';
import { noticeScore } from './score';
import { ANSWER_WORDS, defaultView, groupByCouncil, missingCounts, visibleNotices } from './table';
import { emptyLibrary, type SavedNotice } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The extension's English words, so the report says things the way the compare page does. */
/** The report is written in English, like the command line's other formats. */
const CHECKLIST_WORDS = wordsFor('en').checklist;

function say(key: keyof typeof messages, ...subs: string[]): string {
  return subs.reduce((text, sub, i) => text.replaceAll(`$${i + 1}`, sub), messages[key].message);
}

const STATUS: Record<ChecklistStatus | 'n/a', { icon: string; word: string; class: string }> = {
  present: { icon: '✓', word: say('statusPresent'), class: 'present' },
  missing: { icon: '✕', word: say('statusMissingShort'), class: 'missing' },
  unclear: { icon: '?', word: say('statusUnclearShort'), class: 'unclear' },
  'n/a': { icon: '–', word: say('statusNotApplicable'), class: 'na' },
};

function link(href: string | null, text: string): string {
  const safe = safeHref(href);
  return safe && /^https?:/.test(safe) ? `<a href="${esc(safe)}">${esc(text)}</a>` : esc(text);
}

const anchor = (i: number) => `notice-${i + 1}`;

function table(notices: SavedNotice[], ids: Map<SavedNotice, string>): string {
  const columns = 8 + CHECKLIST_ITEMS.length;
  const head = [
    `<th scope="col">${esc(say('colService'))}</th>`, `<th scope="col">${esc(say('colScore'))}</th>`,
    ...CHECKLIST_ITEMS.map((i) => `<th scope="col" class="check-col"><abbr title="${esc(CHECKLIST_WORDS[i].full)}">${esc(CHECKLIST_WORDS[i].short)}</abbr><span class="visually-hidden">: ${esc(CHECKLIST_WORDS[i].full)}</span></th>`),
    ...(['colRetention', 'colRecipients', 'colRights', 'colTransfers', 'colAutomated', 'colUpdated'] as const).map((k) => `<th scope="col">${esc(say(k))}</th>`),
  ].join('');
  const groups = groupByCouncil(visibleNotices(notices, defaultView())).map((g) => {
    const rows = g.notices.map((n) => {
      const s = n.summary;
      const checks = CHECKLIST_ITEMS.map((i) => {
        const st = STATUS[s.checklist.find((c) => c.item === i)?.status ?? 'n/a'];
        return `<td class="check check-${st.class}"><span aria-hidden="true">${st.icon} </span>${esc(st.word)}</td>`;
      }).join('');
      const retention = `${s.retention.status}${s.retention.periods.length ? `: ${s.retention.periods.slice(0, 2).join('; ')}` : ''}`;
      return `<tr><th scope="row" class="service"><a href="#${ids.get(n)}">${esc(n.service)}</a><span class="row-title">${esc(n.title)}</span></th>`
        + `<td class="num">${noticeScore(s)}</td>${checks}<td>${esc(retention)}</td><td class="num">${s.recipients.length}</td>`
        + `<td class="num">${s.rights.length}</td><td>${esc(ANSWER_WORDS[s.internationalTransfers.status])}</td>`
        + `<td>${esc(ANSWER_WORDS[s.automatedDecisionMaking.status])}</td><td>${esc(s.lastUpdated ?? '—')}</td></tr>`;
    }).join('\n');
    return `<tbody><tr class="group-row"><th scope="colgroup" colspan="${columns}">${esc(say('councilScore', g.council, String(g.score)))}</th></tr>\n${rows}</tbody>`;
  }).join('\n');
  return `<div class="table-scroll" role="region" aria-label="${esc(say('tableRegion'))}" tabindex="0"><table>`
    + `<caption>Privacy notices by council. Each checklist column says whether the notice covers that item.</caption>`
    + `<thead><tr>${head}</tr></thead>\n${groups}</table></div>`;
}

function scores(notices: SavedNotice[]): string {
  const rows = groupByCouncil(visibleNotices(notices, defaultView()))
    .map((g) => `<tr><th scope="row">${esc(g.council)}</th><td class="num">${g.notices.length}</td><td class="num">${g.score}</td></tr>`).join('');
  return `<p>${esc(say('scoreFormula'))}</p><table class="scores"><caption>Transparency score per council</caption>`
    + `<thead><tr><th scope="col">Council</th><th scope="col">Notices</th><th scope="col">Score (0–100)</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function chart(notices: SavedNotice[]): string {
  const rows = missingCounts(notices).map((c) => {
    const share = c.of ? Math.round((100 * c.count) / c.of) : 0;
    return `<li><span class="chart-label">${esc(CHECKLIST_WORDS[c.item].full)}</span>`
      + `<span class="chart-bar" aria-hidden="true"><span class="w${share}"></span></span>`
      + `<span class="chart-value">${esc(say('chartRow', String(c.count), String(c.of)))}</span></li>`;
  });
  return `<ul class="chart">${rows.join('')}</ul>`;
}

/** Bar widths as classes: the page needs no inline styles (so it also works under a strict CSP). */
const barWidths = () => Array.from({ length: 101 }, (_, i) => `.w${i}{width:${i}%}`).join('');

function noticeDetail(n: SavedNotice, id: string): string {
  const s = n.summary;
  const sections = s.plain.sections.filter((x) => x.id !== 'missing')
    .map((x) => `<h4>${esc(x.title)}</h4>${x.sentences.map((line) => `<p>${esc(line)}</p>`).join('')}`).join('');
  const gaps = s.checklist.map((c) => `<li>${esc(CHECKLIST_WORDS[c.item].full)}: ${esc(c.status === 'present' ? say('statusPresent') : gapSentence(c.item, c.status))}</li>`).join('');
  return `<article class="notice" id="${id}" aria-labelledby="${id}-h"><h3 id="${id}-h">${esc(n.council)}: ${esc(n.title)}</h3>`
    + `<p class="address">${n.url ? link(n.url, n.url) : 'Read from a file (no web address).'}</p>`
    + `<p>Transparency score: ${noticeScore(s)}. Last updated: ${esc(s.lastUpdated ?? 'not given')}.</p>`
    + `<p class="headline">${esc(s.plain.headline)}</p>${sections}<h4>${esc(say('missingHeading'))}</h4><ul>${gaps}</ul></article>`;
}

export interface ReportOptions { generatedAt: string; title?: string }

export function htmlReport(summaries: NoticeSummary[], options: ReportOptions): string {
  const noticesRead = summaries.filter((s) => s.detection.isPrivacyNotice);
  const others = summaries.filter((s) => !s.detection.isPrivacyNotice);
  // One entry per notice (two copies of one address become one, as on the compare page).
  const notices = noticesRead.reduce((lib, s) => saveNotice(lib, s, options.generatedAt), emptyLibrary()).notices;
  const ordered = visibleNotices(notices, defaultView());
  const ids = new Map(ordered.map((n, i) => [n, anchor(i)]));
  const councilCount = new Set(notices.map((n) => n.council)).size;
  const title = options.title ?? 'Council privacy notices compared';
  const date = options.generatedAt.slice(0, 10);
  const body = notices.length === 0
    ? '<p>None of the pages read is a privacy notice, so there is nothing to compare.</p>'
    : `<nav aria-label="Contents"><ul><li><a href="#compare">How the notices compare</a></li><li><a href="#scores">Transparency scores</a></li>`
      + `<li><a href="#left-out">${esc(say('chartHeading'))}</a></li><li><a href="#notices">Each notice</a></li></ul></nav>`
      + `<section id="compare" aria-labelledby="compare-h"><h2 id="compare-h">How the notices compare</h2>${table(notices, ids)}</section>`
      + `<section id="scores" aria-labelledby="scores-h"><h2 id="scores-h">Transparency scores</h2>${scores(notices)}</section>`
      + `<section id="left-out" aria-labelledby="left-out-h"><h2 id="left-out-h">${esc(say('chartHeading'))}</h2>${chart(notices)}</section>`
      + `<section id="notices" aria-labelledby="notices-h"><h2 id="notices-h">Each notice</h2>${ordered.map((n) => noticeDetail(n, ids.get(n)!)).join('\n')}</section>`;
  const skipped = others.length
    ? `<section aria-labelledby="others-h"><h2 id="others-h">Pages read that are not privacy notices</h2><ul>${others.map((s) => `<li>${link(s.source.url, s.source.title ?? s.source.url ?? 'Untitled page')}${s.source.url && s.source.title ? ` (${esc(s.source.url)})` : ''}</li>`).join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${REPORT_CSS}${barWidths()}</style>
</head>
<body>
<header><p class="brand">Plain Notice</p><h1>${esc(title)}</h1>
<p>${notices.length} privacy ${notices.length === 1 ? 'notice' : 'notices'} from ${councilCount} ${councilCount === 1 ? 'council' : 'councils'}, read on ${esc(date)}. Each notice is checked against the UK GDPR Article 13 and 14 list of what a privacy notice must tell you.</p></header>
<main>
${body}
${skipped}
</main>
<footer><p>Made with Plain Notice, which reads council privacy notices and explains them in plain English. It gives each notice a score from what the notice says, not from how the council really handles data.</p></footer>
</body>
</html>
`;
}
