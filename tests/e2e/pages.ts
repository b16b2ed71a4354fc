// The pages the browser tests visit: the bundled sample, fixtures written for the tests, an
// ordinary council page, and (when ../shared is present) the seed notices turned into HTML.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { blocksFromText } from '../../src/core/input/text';
import { ROOT } from './harness';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A text notice as a simple council web page (headings, paragraphs, lists, tables). */
export function textToHtml(title: string, text: string): string {
  const doc = blocksFromText(text);
  const body: string[] = [];
  let inList = false;
  for (const b of doc.blocks) {
    if (b.kind !== 'item' && inList) { body.push('</ul>'); inList = false; }
    if (b.kind === 'heading') body.push(`<h${Math.min(6, Math.max(1, b.level))}>${escape(b.text)}</h${Math.min(6, Math.max(1, b.level))}>`);
    else if (b.kind === 'item') { if (!inList) { body.push('<ul>'); inList = true; } body.push(`<li>${escape(b.text)}</li>`); }
    else if (b.kind === 'row') body.push(`<table><tr>${(b.cells ?? [b.text]).map((c) => `<td>${escape(c)}</td>`).join('')}</tr></table>`);
    else body.push(`<p>${escape(b.text).replace(/\n/g, '<br>')}</p>`);
  }
  if (inList) body.push('</ul>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><header><nav><a href="/">Home</a></nav></header><main>${body.join('\n')}</main><footer><p>Council footer</p></footer></body></html>`;
}

export const BINS_PAGE = `<!doctype html><html lang="en"><head><title>Bin collection days | Eastmere District Council</title></head><body><main>
<h1>Bin collection days</h1><p>Find out when your bins are collected. Put your bins out by 7am on collection day.</p>
<h2>Garden waste</h2><p>Garden waste is collected every two weeks from March to November.</p>
<h2>Missed collections</h2><p>Report a missed collection within two working days.</p></main></body></html>`;

export function sitePages(): Record<string, string> {
  return {
    '/council-tax/privacy': readFileSync(join(ROOT, 'samples', 'council-tax-privacy-notice.html'), 'utf8'),
    '/housing/privacy': fixture('accordion.html'),
    '/bins': BINS_PAGE,
    '/garden-waste/privacy': textToHtml('Garden waste privacy notice', fixture('question-headings.txt')),
  };
}

export const SEEDS = join(ROOT, '..', 'shared', 'corpus', 'seeds');

export function seedPages(): { path: string; id: string; controller: string | null }[] {
  if (!existsSync(SEEDS)) return [];
  return readdirSync(SEEDS).filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => {
    const id = basename(f, extname(f));
    const gold = JSON.parse(readFileSync(join(SEEDS, `${id}.json`), 'utf8')) as { controller: string | null };
    return { path: `/seed/${id}`, id, controller: gold.controller };
  });
}

export function seedHtml(id: string): string {
  const file = readdirSync(SEEDS).find((f) => basename(f, extname(f)) === id && /\.(?:txt|md)$/.test(f))!;
  const text = readFileSync(join(SEEDS, file), 'utf8');
  return textToHtml(blocksFromText(text).title ?? id, text);
}

/** A notice written to attack its reader: scripts, handlers, bad link schemes, fake ICO links,
 * right-to-left overrides, a 100 000-character word and look-alike email addresses. */
export function hostilePage(): string {
  const longWord = 'x'.repeat(100_000);
  return `<!doctype html><html lang="en"><head><title>Parking privacy notice | Hostile Borough Council</title>
<script>window.__pagePwned = 'page script ran';</script></head><body><main>
<h1>Parking privacy notice</h1>
<p>Hostile Borough Council is the data controller.<script>document.title = 'pwned'</script></p>
<h2>Who we share your information with</h2>
<p>We may share your information with:</p>
<ul>
  <li><img src="x" onerror="window.__pwned = 1">the police</li>
  <li>bailiffs &lt;img src=x onerror=alert(1)&gt;</li>
  <li><a href="javascript:alert(1)">debt collectors</a></li>
  <li>\u202eparking contractors\u202c</li>
</ul>
<h2>How long we keep your information</h2>
<p>We keep parking records for 6 years. ${longWord}</p>
<h2>Contact us</h2>
<p>To ask about your data email <a href="mailto:dpo@hostile.gov.uk">dpo@hostile.gov.uk</a>, or use <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">our form</a>
or <a href="javascript:alert(document.cookie)">javascript:alert(document.cookie)</a>.
Do not write to dpo@hostile.gov.uk.evil.example or dpо@hostile.gov.uk.</p>
<p>Data protection phone: \u202e0117 496 0555\u202c</p>
<h2>Complaints</h2>
<p>You can complain to the <a href="https://ico.org.uk.evil.example/make-a-complaint/">Information Commissioner's Office</a>
or the <a href="https://evil.example/ico">ICO</a>.</p>
</main></body></html>`;
}

/** A council-style page of about `bytes` of HTML, for scale tests. */
export function hugePage(bytes: number): string {
  const section = '<h2>How long we keep your information</h2><p>We keep records for 6 years after the case closes. We share your data with the police and other councils.</p><ul><li>name</li><li>address</li></ul>';
  return `<!doctype html><html><head><title>Privacy notice</title></head><body><main><h1>Privacy notice</h1><p>Bigtown Borough Council is the data controller.</p>${section.repeat(Math.ceil(bytes / section.length))}</main></body></html>`;
}

export function manyItemsPage(count: number): string {
  return `<!doctype html><html><head><title>Privacy notice</title></head><body><main><h1>Privacy notice</h1><p>Listtown Borough Council is the data controller.</p><h2>Who we share your information with</h2><p>We may share your information with:</p><ul>${'<li>a partner organisation</li>'.repeat(count)}</ul></main></body></html>`;
}
