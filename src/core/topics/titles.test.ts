import { describe, expect, it } from 'vitest';
import { NOT_NOTICE_TITLE, NOTICE_TITLE } from './titles';

describe('notice titles', () => {
  it('reads "Privacy notices - <service>" as one notice, and a bare "Privacy notices" as an index', () => {
    expect(NOTICE_TITLE.test('Privacy notices - Allotment tenants')).toBe(true);
    expect(NOTICE_TITLE.test('Privacy notices')).toBe(false);
    expect(NOT_NOTICE_TITLE.test('Privacy notices')).toBe(true);
  });
});
