import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../tests/helpers/analyse';
import { saveNotice } from './library';
import { emptyLibrary } from './types';
import { defaultView, groupByCouncil, missingCounts, visibleNotices } from './table';

const lib = [
  ['../../samples/council-tax-privacy-notice.html', 'https://www.northbrook.gov.uk/ct'],
  ['question-headings.txt', 'https://www.eastmere.gov.uk/garden'],
  ['accordion.html', 'https://www.westbury.gov.uk/housing'],
].reduce((l, [f, url]) => saveNotice(l, analyseFixture(f!, url!).summary, '2026-01-01T00:00:00Z'), emptyLibrary());

describe('compare table', () => {
  it('sorts by council by default and by score either way', () => {
    expect(visibleNotices(lib.notices, defaultView()).map((n) => n.council)).toEqual(['Eastmere District Council', 'Northbrook Borough Council', 'Westbury City Council']);
    const up = visibleNotices(lib.notices, { ...defaultView(), sort: 'score' }).map((n) => n.council);
    const down = visibleNotices(lib.notices, { ...defaultView(), sort: 'score', descending: true }).map((n) => n.council);
    expect(down).toEqual([...up].reverse());
    expect(down[0]).toBe('Northbrook Borough Council');
  });
  it('filters by council, service words and a left-out item', () => {
    expect(visibleNotices(lib.notices, { ...defaultView(), council: 'Westbury City Council' })).toHaveLength(1);
    expect(visibleNotices(lib.notices, { ...defaultView(), service: 'GARDEN' }).map((n) => n.council)).toEqual(['Eastmere District Council']);
    expect(visibleNotices(lib.notices, { ...defaultView(), missing: 'retention' }).map((n) => n.council)).not.toContain('Northbrook Borough Council');
  });
  it('groups by council with a score, and counts what notices leave out', () => {
    expect(groupByCouncil(lib.notices).map((g) => g.council)).toHaveLength(3);
    const transfers = missingCounts(lib.notices).find((c) => c.item === 'international-transfers')!;
    expect(transfers).toEqual({ item: 'international-transfers', count: 2, of: 3 });
  });
});
