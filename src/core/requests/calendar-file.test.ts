import { describe, expect, it } from 'vitest';
import { reminderIcs } from './calendar-file';

/** RFC 5545 3.1: unfold lines (CRLF followed by one space or tab continues the line). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('calendar reminder (.ics)', () => {
  const title = 'Reply due from Northbrook Borough Council: Request to delete my personal information, sent 31 January 2027';
  const ics = reminderIcs({ uid: 'request-1@plain-notice', dueOn: '2027-02-28', title, description: 'Sent to dataprotection@northbrook.gov.uk; comma, semicolon; and a\nnew line.' });

  it('is one VCALENDAR with one all-day VEVENT on the due day', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const lines = unfold(ics).split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270228');
    expect(lines).toContain('DTEND;VALUE=DATE:20270301');
    expect(lines).toContain('UID:request-1@plain-notice');
    expect(lines.some((l) => /^PRODID:/.test(l))).toBe(true);
    expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    expect(lines).toContain(`SUMMARY:${title.replace(/,/g, "\\,")}`);
    expect(lines.some((l) => l === 'BEGIN:VALARM') && lines.some((l) => l === 'END:VALARM')).toBe(true);
  });
  it('ends every line with CRLF and folds lines over 75 octets', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n[ \t]/);
  });
  it('escapes text values', () => {
    expect(unfold(ics)).toContain('DESCRIPTION:Sent to dataprotection@northbrook.gov.uk\\; comma\\, semicolon\\; and a\\nnew line.');
  });
});
