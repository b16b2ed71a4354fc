import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../tests/helpers/analyse';
import { targetOf } from '../letters/compose';
import { loadRequestLog } from './load';
import { addRequest, isTrackedRequest, noteFollowUp, openRequestsTo, removeRequest, requestState, setStatus, type SentRequest } from './tracker';
import { emptyLog } from './types';

const URL = 'https://www.northbrook.gov.uk/council-tax/privacy';
const target = targetOf(analyseFixture('../../samples/council-tax-privacy-notice.html', URL).summary);
const sent = (over: Partial<SentRequest> = {}): SentRequest => ({ id: 'r1', right: 'erasure', target, sentOn: '2027-01-31', contact: 'dataprotection@northbrook.gov.uk', letter: 'Dear…', ...over });

describe('the request tracker', () => {
  it('records a sent request as open, with council, service, right, date and contact', () => {
    const log = addRequest(emptyLog(), sent());
    expect(log.requests[0]).toMatchObject({ id: 'r1', council: 'Northbrook Borough Council', site: 'northbrook.gov.uk', right: 'erasure', sentOn: '2027-01-31', contact: 'dataprotection@northbrook.gov.uk', status: 'open', statusOn: null, extendedOn: null, followUpOn: null });
    expect(log.requests[0]!.target.service).toBe('Council Tax');
    expect(isTrackedRequest(log.requests[0])).toBe(true);
    expect(() => addRequest(emptyLog(), sent({ sentOn: '2027-02-30' }))).toThrow(RangeError);
  });
  it('counts down to the due date and then counts days overdue', () => {
    const r = addRequest(emptyLog(), sent()).requests[0]!;
    expect(requestState(r, '2027-02-10')).toMatchObject({ dueOn: '2027-02-28', latestOn: '2027-04-30', daysLeft: 18, overdue: false, closed: false });
    expect(requestState(r, '2027-02-28')).toMatchObject({ daysLeft: 0, overdue: false });
    expect(requestState(r, '2027-03-05')).toMatchObject({ daysLeft: -5, overdue: true, lastContactOn: '2027-01-31', complainBy: '2027-04-30' });
    const leap = addRequest(emptyLog(), sent({ sentOn: '2028-01-31' })).requests[0]!;
    expect(requestState(leap, '2028-02-01').dueOn).toBe('2028-02-29');
  });
  it('moves the due date when the council extends, and stops counting once answered or withdrawn', () => {
    let log = addRequest(emptyLog(), sent());
    log = setStatus(log, 'r1', 'extended', '2027-02-20');
    expect(requestState(log.requests[0]!, '2027-03-05')).toMatchObject({ dueOn: '2027-04-30', overdue: false, lastContactOn: '2027-02-20', complainBy: '2027-05-20' });
    log = setStatus(log, 'r1', 'answered', '2027-04-01');
    expect(requestState(log.requests[0]!, '2027-06-01')).toMatchObject({ dueOn: '2027-04-30', closed: true, overdue: false });
    expect(log.requests[0]).toMatchObject({ extendedOn: '2027-02-20', statusOn: '2027-04-01' });
    expect(setStatus(log, 'r1', 'withdrawn', '2027-04-02').requests[0]).toMatchObject({ status: 'withdrawn', statusOn: '2027-04-02' });
    expect(setStatus(log, 'r1', 'open', '2027-04-02').requests[0]).toMatchObject({ status: 'open', statusOn: null });
  });
  it('counts the complaint window from the follow-up when one was sent', () => {
    const log = noteFollowUp(addRequest(emptyLog(), sent()), 'r1', '2027-03-06');
    expect(requestState(log.requests[0]!, '2027-03-10')).toMatchObject({ lastContactOn: '2027-03-06', complainBy: '2027-06-06' });
  });
  it('finds open requests to a council by name or site, not closed ones', () => {
    let log = addRequest(emptyLog(), sent());
    log = addRequest(log, sent({ id: 'r2', right: 'access', target: { ...target, council: null, url: 'https://eastmere.gov.uk/bins/privacy' } }));
    expect(openRequestsTo(log, 'northbrook borough council', null).map((r) => r.id)).toEqual(['r1']);
    expect(openRequestsTo(log, null, 'https://www.northbrook.gov.uk/housing/privacy').map((r) => r.id)).toEqual(['r1']);
    expect(openRequestsTo(log, 'Eastmere District Council', 'https://www.eastmere.gov.uk/x').map((r) => r.id)).toEqual(['r2']);
    expect(openRequestsTo(setStatus(log, 'r1', 'answered', '2027-02-01'), 'Northbrook Borough Council', null)).toEqual([]);
    expect(removeRequest(log, 'r1').requests.map((r) => r.id)).toEqual(['r2']);
  });
});

describe('reading the stored log', () => {
  const log = addRequest(emptyLog(), sent());
  it('reads today’s format and nothing at all', () => {
    expect(loadRequestLog(log)).toEqual({ log, unreadable: [], problem: null, migratedFrom: null });
    expect(loadRequestLog(undefined)).toMatchObject({ log: emptyLog(), problem: null });
  });
  it('keeps bad entries aside and reads the rest', () => {
    const loaded = loadRequestLog({ ...log, requests: [...log.requests, { id: 'x' }, { ...log.requests[0], sentOn: 'yesterday' }] });
    expect(loaded.log.requests).toHaveLength(1);
    expect(loaded.unreadable).toHaveLength(2);
    expect(loaded.problem).toBe('entries');
  });
  it('refuses corrupt data and a newer format without losing them', () => {
    expect(loadRequestLog('garbage')).toMatchObject({ unreadable: ['garbage'], problem: 'unreadable', log: emptyLog() });
    expect(loadRequestLog([log])).toMatchObject({ problem: 'unreadable' });
    expect(loadRequestLog({ version: 9, requests: [] })).toMatchObject({ problem: 'newer', unreadable: [{ version: 9, requests: [] }] });
  });
});
