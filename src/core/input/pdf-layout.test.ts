import { describe, expect, it } from 'vitest';
import { blocksFromPdf, type PdfPage, type PdfTextItem } from './pdf-layout';

/** Lays out lines the way a PDF places them: top down from y = 800, left at x. */
function page(lines: { text: string; size?: number; bold?: boolean; x?: number; gap?: number; runs?: string[] }[], height = 842, footer?: string): PdfPage {
  const items: PdfTextItem[] = [];
  let y = 800;
  for (const l of lines) {
    const size = l.size ?? 11;
    y -= l.gap ?? size * 1.3;
    let x = l.x ?? 56;
    for (const run of l.runs ?? [l.text]) {
      const width = run.length * size * 0.5;
      items.push({ str: run, x, y, size, bold: !!l.bold, width });
      x += width + size * 0.3;
    }
  }
  if (footer) items.push({ str: footer, x: 56, y: 30, size: 9, bold: false, width: footer.length * 4.5 });
  return { items, height };
}
const full = 'We use your information to run the service and to check that you are entitled to it, and';

describe('PDF layout → blocks', () => {
  it('reads larger and bold lines as headings, by size', () => {
    const doc = blocksFromPdf([page([
      { text: 'Housing privacy notice', size: 20, bold: true },
      { text: 'Who we are', size: 14, bold: true, gap: 26 },
      { text: 'Westmoor Council is the data controller.' },
      { text: 'Our contact details', bold: true, gap: 22 },
      { text: 'You can write to us.' },
    ])]);
    expect(doc.blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 1, 'Housing privacy notice'], ['heading', 2, 'Who we are'], ['paragraph', 0, 'Westmoor Council is the data controller.'],
      ['heading', 3, 'Our contact details'], ['paragraph', 0, 'You can write to us.'],
    ]);
    expect(doc.title).toBe('Housing privacy notice');
  });

  it('joins wrapped lines into one paragraph, splits paragraphs at a gap, and mends hyphenated words', () => {
    const doc = blocksFromPdf([page([
      { text: full },
      { text: 'to contact you about it. We also use it to pre-' },
      { text: 'vent fraud.' },
      { text: 'A second paragraph starts after a gap.', gap: 26 },
    ])]);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      `${full} to contact you about it. We also use it to prevent fraud.`,
      'A second paragraph starts after a gap.',
    ]);
  });

  it('keeps the lines of an address block apart', () => {
    const doc = blocksFromPdf([page([
      { text: full },
      { text: 'Write to:', gap: 26 },
      { text: 'Data Protection Officer' },
      { text: 'Town Hall, High Street' },
    ])]);
    expect(doc.blocks[1]!.text).toBe('Write to:\nData Protection Officer\nTown Hall, High Street');
  });

  it('reads bullets and numbers as list items, with nesting from the indent, and wrapped items as one', () => {
    const doc = blocksFromPdf([page([
      { text: 'We collect:' },
      { text: '• your name', x: 62 },
      { text: '• your address and the names of the people who live with you at that', x: 62 },
      { text: 'address', x: 76 },
      { text: '– your date of birth', x: 80 },
      { text: '2. your bank details', x: 62 },
      { text: 'a) your National Insurance number', x: 62 },
    ])]);
    expect(doc.blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['paragraph', 0, 'We collect:'],
      ['item', 1, 'your name'],
      ['item', 1, 'your address and the names of the people who live with you at that address'],
      ['item', 2, 'your date of birth'],
      ['item', 1, 'your bank details'],
      ['item', 1, 'your National Insurance number'],
    ]);
  });

  it('puts runs on one baseline together in reading order, adding the spaces the PDF left out', () => {
    const p = page([{ text: '', runs: ['Our ICO', 'registration number is', 'Z1234567.'] }]);
    p.items.reverse();
    expect(blocksFromPdf([p]).blocks[0]!.text).toBe('Our ICO registration number is Z1234567.');
  });

  it('drops running footers and page numbers repeated on every page, and continues a sentence over a page break', () => {
    const footer = 'Westmoor Council – housing privacy notice';
    const doc = blocksFromPdf([
      page([{ text: 'Housing privacy notice', size: 20, bold: true }, { text: full }, { text: 'Page 1', x: 280, gap: 700 }], 842, footer),
      page([{ text: 'continues on the next page.' }, { text: 'Page 2', x: 280, gap: 700 }], 842, footer),
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Housing privacy notice', `${full} continues on the next page.`]);
  });

  it('prefers the PDF’s own title when it has one', () => {
    expect(blocksFromPdf([page([{ text: 'Notice', size: 20 }])], 'Adult social care privacy notice').title).toBe('Adult social care privacy notice');
  });
});
