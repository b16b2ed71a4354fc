import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksFromDom, blocksFromDomInSlices, createDomReader } from './dom';

function read(html: string) {
  const { document } = parseHTML(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`);
  return blocksFromDom(document as unknown as Document).blocks;
}
const shape = (html: string) => read(html).map((b) => `${b.kind}:${b.level}:${b.text}`);

describe('blocksFromDom', () => {
  it('keeps the main landmark and drops navigation, banners, footers and widgets', () => {
    expect(shape('<nav>Menu</nav><div class="cookie-banner"><p>Cookies!</p></div><main><h1>Notice</h1><p>Body.</p><div class="feedback"><p>Was this useful?</p></div></main><footer>Foot</footer>')).toEqual(['heading:1:Notice', 'paragraph:0:Body.']);
  });
  it('reads lists with nesting depth and without their nested text', () => {
    expect(shape('<ul><li>name<ul><li>first</li></ul></li><li>address</li></ul>')).toEqual(['item:1:name', 'item:2:first', 'item:1:address']);
  });
  it('treats bold-only paragraphs, summaries and accordion buttons as headings', () => {
    expect(shape('<h2>A</h2><p><strong>Who we are</strong></p><details><summary>Why?</summary><p>Because.</p></details><button aria-expanded="false">More</button>')).toEqual([
      'heading:2:A', 'heading:3:Who we are', 'heading:3:Why?', 'paragraph:0:Because.', 'heading:3:More',
    ]);
  });
  it('keeps line breaks inside a paragraph (addresses)', () => {
    expect(shape('<p>Town Hall<br>Anytown<br>AN1 2BC</p>')).toEqual(['paragraph:0:Town Hall\nAnytown\nAN1 2BC']);
  });
  it('reads table rows, marking header rows', () => {
    const rows = read('<table><tr><th>Data</th><th>Why</th></tr><tr><td>Name</td><td>Billing</td></tr></table>');
    expect(rows.map((r) => [r.cells, !!r.header])).toEqual([[['Data', 'Why'], true], [['Name', 'Billing'], false]]);
  });
  it('collects links and decodes Cloudflare-protected emails', () => {
    const [b] = read('<p>Write to <a href="/cdn-cgi/l/email-protection#5a3e2a351a3b34232e352d34743d352c742f31">[email protected]</a> or <a href="https://example.org/x">see</a>.</p>');
    expect(b!.text).toBe('Write to dpo@anytown.gov.uk or see.');
    expect(b!.links).toEqual([{ href: 'mailto:dpo@anytown.gov.uk', text: 'dpo@anytown.gov.uk' }, { href: 'https://example.org/x', text: 'see' }]);
  });
  it('never reads scripts, styles or hidden templates', () => {
    expect(shape('<p>Seen</p><script>alert(1)</script><style>p{}</style><template><p>Not seen</p></template>')).toEqual(['paragraph:0:Seen']);
  });
  it('reads a page in slices with the same result as in one go', async () => {
    const { document } = parseHTML(`<!doctype html><html><body><main>${'<h2>Part</h2><p>We keep it for 2 years.</p><ul><li>a</li><li>b</li></ul>'.repeat(500)}</main></body></html>`);
    const doc = document as unknown as Document;
    let clock = 0;
    const reader = createDomReader(doc);
    let slices = 1;
    // A fake clock that moves 1 ms per look: a 5 ms budget ends each slice after a few checks.
    while (!reader.step(5, () => (clock += 1))) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(reader.result()).toEqual(blocksFromDom(doc));
    let pauses = 0;
    const sliced = await blocksFromDomInSlices(doc, async () => { pauses++; }, 5, () => (clock += 1));
    expect(sliced).toEqual(blocksFromDom(doc));
    expect(pauses).toBeGreaterThan(5);
  });
});
