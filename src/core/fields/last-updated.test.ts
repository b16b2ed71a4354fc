import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../input/text';
import { buildStructure } from '../sections';
import { lastUpdated } from './last-updated';

const read = (t: string) => lastUpdated(buildStructure(blocksFromText(t)));

describe('lastUpdated', () => {
  it('reads a labelled full date', () => {
    expect(read('Bins privacy notice\n\nWe collect your address.\n\nLast updated 14 March 2024')).toBe('2024-03-14');
    expect(read('Page reviewed: 2nd February 2022')).toBe('2022-02-02');
    expect(read('Date of last review: 01/09/2021')).toBe('2021-09-01');
  });
  it('keeps month-only dates as YYYY-MM', () => {
    expect(read('Parking notice\n\nReviewed: June 2020\n\nWe hold your plate number.')).toBe('2020-06');
    expect(read('# Parking notice\n\nApril 2019\n\nWe hold your plate number.')).toBe('2019-04');
  });
  it('does not take the date of a law or an event', () => {
    expect(read('We act under the Data Protection Act 2018.\n\nWe started in January 2015.')).toBeNull();
  });
  it('reads nothing from a version label without a date', () => {
    expect(read('Version 2.1\n\nWe hold your plate number.')).toBeNull();
  });
});

describe('review plans', () => {
  it('does not take the next review date for the last update', () => {
    expect(read('Notice\n\nLast reviewed: May 2024. Next review date: May 2026.')).toBe('2024-05');
  });
});

describe('future reviews', () => {
  it('does not take a planned review for the last update', () => {
    expect(read('Notice\n\nThis notice will be reviewed in May 2026.')).toBeNull();
    expect(read('Notice\n\nUpdated 3 June 2024. It is due to be reviewed in June 2026.')).toBe('2024-06-03');
  });
});

describe('a date on its own line after a weekday', () => {
  it('reads "Tuesday, 4 March 2025" under a "Last updated" line', () => {
    expect(read('Museum privacy notice\n\nLast updated\n\nTuesday, 4 March 2025\n\nAbout us\n\nWe run the museum.')).toBe('2025-03-04');
  });
});
