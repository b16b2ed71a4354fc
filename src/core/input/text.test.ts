import { describe, expect, it } from 'vitest';
import { blocksFromText } from './text';

const shape = (t: string) => blocksFromText(t).blocks.map((b) => `${b.kind}:${b.level}:${b.text}`);

describe('blocksFromText', () => {
  it('infers headings from questions, numbers, short lines and bold lines', () => {
    expect(shape('Parking notice\n\nWhy do we need it?\n\nWe use it to issue permits.\n\n5 How long we keep your information\n\nFor 2 years.\n\n**Your rights**\n\nYou can ask for a copy.')).toEqual([
      'heading:1:Parking notice', 'heading:2:Why do we need it?', 'paragraph:0:We use it to issue permits.',
      'heading:2:5 How long we keep your information', 'paragraph:0:For 2 years.', 'heading:3:Your rights', 'paragraph:0:You can ask for a copy.',
    ]);
  });
  it('reads Markdown headings, bullets, numbered items and nesting', () => {
    expect(shape('# Title\n\n## Data we hold\n\n- name\n  - first name\n* address\n1. phone')).toEqual([
      'heading:1:Title', 'heading:2:Data we hold', 'item:1:name', 'item:2:first name', 'item:1:address', 'item:1:phone',
    ]);
  });
  it('keeps an address together and does not make its lines headings', () => {
    expect(shape('Contact us\n\nTown Hall\nHigh Street\nAnytown\nAN1 2BC\n\nTel: 0117 496 0000')).toEqual([
      'heading:1:Contact us', 'paragraph:0:Town Hall\nHigh Street\nAnytown\nAN1 2BC', 'paragraph:0:Tel: 0117 496 0000',
    ]);
  });
  it('joins soft-wrapped lines from a PDF', () => {
    expect(shape('We keep your data\nfor six years after your claim ends.')).toEqual(['paragraph:0:We keep your data for six years after your claim ends.']);
  });
  it('reads tab-separated rows and Markdown tables, and drops rule lines', () => {
    const blocks = blocksFromText('Post:\tTown Hall, AN1 2BC\n| Data | Why |\n|---|---|\n| Name | Billing |').blocks;
    expect(blocks.map((b) => b.cells)).toEqual([['Post:', 'Town Hall, AN1 2BC'], ['Data', 'Why'], ['Name', 'Billing']]);
  });
  it('strips inline HTML and Markdown links but keeps their targets', () => {
    const [b] = blocksFromText('Email <a href="mailto:dpo@anytown.gov.uk">our DPO</a> or see [the ICO](https://ico.org.uk/).').blocks;
    expect(b!.text).toBe('Email our DPO or see the ICO.');
    expect(b!.links).toEqual([{ href: 'mailto:dpo@anytown.gov.uk', text: 'our DPO' }, { href: 'https://ico.org.uk/', text: 'the ICO' }]);
  });
  it('drops page furniture copied with the text and running headers', () => {
    expect(shape('Skip to main content\n\nBenefits privacy notice\n\nWe use your data.\n\nBenefits privacy notice - page 2\n\nWe keep it.')).toEqual([
      'heading:1:Benefits privacy notice', 'paragraph:0:We use your data.', 'paragraph:0:We keep it.',
    ]);
  });
  it('copes with empty and whitespace-only input', () => {
    expect(blocksFromText('').blocks).toEqual([]);
    expect(blocksFromText(' \n\t\n ').blocks).toEqual([]);
  });
});

describe('page text copied from a council site', () => {
  it('takes the line that says privacy notice as the title, below menus and banners', () => {
    const doc = blocksFromText('Toggle menu\nSearch\nBin collections change this week\nParking privacy notice\nWhy we use your data\nWe use it to issue permits.');
    expect(doc.title).toBe('Parking privacy notice');
  });
  it('does not fold a title and the heading under it into one address', () => {
    expect(shape('Allotments privacy notice\nWhat details do we hold\nWe hold your name.')).toEqual([
      'heading:1:Allotments privacy notice', 'heading:2:What details do we hold', 'paragraph:0:We hold your name.',
    ]);
  });
  it('reads a short line under a question as its answer', () => {
    expect(shape('Who sees this information?\nThe libraries team\nIs it sent abroad?\nNo')).toEqual([
      'heading:1:Who sees this information?', 'paragraph:0:The libraries team', 'heading:2:Is it sent abroad?', 'paragraph:0:No',
    ]);
  });
});

describe('lists that lost their bullets', () => {
  it('reads short lines under a colon lead-in as items, up to a heading or a full stop', () => {
    expect(shape('Who we share it with\nWe sometimes pass it to:\nthe fire service and ambulance crews\nhousing providers\nschools.\nWhy we process it\nWe use it to plan.')).toEqual([
      'heading:1:Who we share it with', 'paragraph:0:We sometimes pass it to:', 'item:1:the fire service and ambulance crews', 'item:1:housing providers',
      'item:1:schools.', 'heading:2:Why we process it', 'paragraph:0:We use it to plan.',
    ]);
  });
  it('leaves an address after "Write to us:" as an address', () => {
    const kinds = blocksFromText('Data protection officer\nWe share it with schools.\nYou can reach our officer at:\nTown Hall\nHigh Street\nAN1 2BC').blocks.map((b) => b.kind);
    expect(kinds).not.toContain('item');
    expect(blocksFromText('Who we share it with\nWe may share it with:\nOld Road Surgery\nThe Town Hall\nAN1 2BC').blocks.map((b) => b.kind)).not.toContain('item');
  });
});

describe('bullets alone on their line', () => {
  it('reads the line after a lone bullet as the item', () => {
    expect(shape('Who we share it with\n-\nPolice\n-\nOther councils')).toEqual(['heading:1:Who we share it with', 'item:1:Police', 'item:1:Other councils']);
  });
});

describe('addresses laid out one line per paragraph', () => {
  it('keeps the lines of an address together instead of reading each as a heading', () => {
    expect(shape('Our officer can be reached at:\n\nRecords Office\n\nRiver House\n\nAnytown\n\nAN1 6AA\n\nEmail: info@example.gov.uk')).toEqual([
      'paragraph:0:Our officer can be reached at:', 'paragraph:0:Records Office\nRiver House\nAnytown\nAN1 6AA', 'paragraph:0:Email: info@example.gov.uk',
    ]);
  });
});

describe('lines wrapped by an export', () => {
  it('joins a long line to the lower-case line that goes on with its sentence', () => {
    expect(shape('Sharing\n\nNow and then we pass the details we keep about you to other public bodies so that they\ncan run their own services properly.')).toEqual([
      'heading:1:Sharing', 'paragraph:0:Now and then we pass the details we keep about you to other public bodies so that they can run their own services properly.',
    ]);
  });
});
