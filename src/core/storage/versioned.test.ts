import { describe, expect, it } from 'vitest';
import { loadVersioned, type VersionedFormat } from './versioned';

// A made-up format at version 3: v1 kept names as strings, v2 as { name }, v3 adds { done }.
const format: VersionedFormat<{ name: string; done: boolean }> = {
  version: 3,
  listKey: 'items',
  steps: {
    1: (old) => ({ version: 2, items: (old.list as string[]).map((name) => ({ name })) }),
    2: (old) => ({ version: 3, items: (old.items as { name: string }[]).map((i) => ({ ...i, done: false })) }),
  },
  isEntry: (v): v is { name: string; done: boolean } => typeof (v as { name?: unknown })?.name === 'string' && typeof (v as { done?: unknown }).done === 'boolean',
};

describe('versioned storage', () => {
  it('walks an old format forward one step at a time', () => {
    expect(loadVersioned({ version: 1, list: ['a', 'b'] }, format)).toEqual({ entries: [{ name: 'a', done: false }, { name: 'b', done: false }], unreadable: [], problem: null, migratedFrom: 1 });
  });
  it('sets aside entries it cannot read, and formats with no way forward', () => {
    expect(loadVersioned({ version: 3, items: [{ name: 'a', done: true }, 7] }, format)).toMatchObject({ entries: [{ name: 'a', done: true }], unreadable: [7], problem: 'entries' });
    expect(loadVersioned({ version: 0, items: [] }, format)).toMatchObject({ entries: [], unreadable: [{ version: 0, items: [] }], problem: 'unreadable' });
  });
});
