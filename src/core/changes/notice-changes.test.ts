import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../tests/helpers/analyse';
import { changeSentence, describeChanges, sinceSentence } from './describe';
import { changeValues, noticeChanges, type NoticeChange } from './notice-changes';

const v1 = analyseFixture('changes/garden-waste-v1.html').summary;
const edited = analyseFixture('changes/garden-waste-v2-edited.html').summary;
const reworded = analyseFixture('changes/garden-waste-v2-reworded.html').summary;

describe('what changed between two readings of a notice', () => {
  it('finds each kind of edit the council made', () => {
    const changes = noticeChanges(v1, edited);
    const keys = changes.map((c) => `${c.field}:${c.kind}`);
    expect(keys).toEqual(expect.arrayContaining([
      'lawful-basis:added', 'lawful-basis:removed', 'recipient:added', 'retention:changed', 'right:removed', 'ico-complaint:removed', 'last-updated:changed',
    ]));
    expect(changes).toHaveLength(7);
    const sentences = describeChanges(changes).map((d) => d.sentence);
    expect(sentences).toContain('They now share it with Brightwater Systems Ltd.');
    expect(sentences.find((s) => s.startsWith('They now keep your data'))).toMatch(/for 6 years.*\(it said for 2 years/);
    expect(sentences).toContain('The notice no longer mentions your right to object to how your data is used.');
  });

  it('gives the evidence each change was read from: the new quote for what came, the old for what went', () => {
    const changes = noticeChanges(v1, edited);
    const added = changes.find((c) => c.field === 'recipient')!;
    expect(added.evidence?.quote).toContain('Brightwater');
    const right = changes.find((c) => c.field === 'right')!;
    expect(right.evidence?.quote).toContain('object');
  });

  it('reports nothing for a notice said again in other words', () => {
    expect(noticeChanges(v1, reworded)).toEqual([]);
  });

  it('reports nothing between a reading and itself', () => {
    expect(noticeChanges(edited, edited)).toEqual([]);
  });

  it('words every change in Welsh too', () => {
    for (const d of describeChanges(noticeChanges(v1, edited), 'cy')) expect(d.sentence).toMatch(/^(Mae|Nid|Maen|Cafodd|Gallwch)/);
    expect(sinceSentence('2026-03-03T10:00:00Z', 'cy')).toBe('Ers i chi gadw hwn ar 3 Mawrth 2026:');
    expect(sinceSentence('2026-03-03T10:00:00Z')).toBe('Since you saved this on 3 March 2026:');
  });

  it('says when a checklist item came or went that no field change explains', () => {
    const before = { ...v1, checklist: v1.checklist.map((c) => (c.item === 'statutory-or-contractual-requirement' ? { ...c, status: 'present' as const } : c)) };
    const after = { ...v1, checklist: v1.checklist.map((c) => (c.item === 'statutory-or-contractual-requirement' ? { ...c, status: 'missing' as const } : c)) };
    const [c] = noticeChanges(before, after);
    expect(c).toMatchObject({ field: 'checklist', kind: 'removed', item: 'statutory-or-contractual-requirement' });
    expect(changeSentence(c!)).toMatch(/It used to\.$/);
  });

  it('keeps a retention span that only changed its number words, and catches one whose number changed', () => {
    const withPeriod = (p: string) => ({ ...v1, retention: { ...v1.retention, periods: [p] } });
    expect(noticeChanges(withPeriod('two years after it ends'), withPeriod('2 years after it ends'))).toEqual([]);
    expect(noticeChanges(withPeriod('2 years after it ends'), withPeriod('3 years after it ends'))[0]?.field).toBe('retention');
  });

  it('gives before and after values for a table', () => {
    const c: NoticeChange = { field: 'recipient', kind: 'added', value: 'A Ltd', evidence: { heading: null, quote: 'A Ltd' } };
    expect(changeValues(c)).toEqual({ before: '', after: 'A Ltd' });
  });
});
