// The request tracker's operations, all pure: record a sent request, change its status, note a
// follow-up, remove it, say where it stands on a given day, and find open requests to a council.
import { isIsoDay, type IsoDay } from '../calendar';
import type { LetterTarget } from '../letters/compose';
import { LETTER_RIGHTS, type LetterRight } from '../letters/rights';
import { complainBy, daysLeft, extendedDueOn, replyDueOn } from './deadlines';
import { REQUEST_STATUSES, REQUESTS_VERSION, type RequestLog, type RequestStatus, type TrackedRequest } from './types';

export interface SentRequest { id: string; right: LetterRight; target: LetterTarget; sentOn: IsoDay; contact: string | null; letter: string }

export function siteOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '').toLowerCase() || null : null;
  } catch {
    return null;
  }
}

export function addRequest(log: RequestLog, sent: SentRequest): RequestLog {
  if (!isIsoDay(sent.sentOn)) throw new RangeError(`not a calendar day: ${sent.sentOn}`);
  const request: TrackedRequest = {
    ...sent,
    council: sent.target.council ?? siteOf(sent.target.url) ?? sent.target.service,
    site: siteOf(sent.target.url),
    status: 'open', statusOn: null, extendedOn: null, followUpOn: null,
  };
  return { version: REQUESTS_VERSION, requests: [...log.requests, request] };
}

function change(log: RequestLog, id: string, patch: (r: TrackedRequest) => Partial<TrackedRequest>): RequestLog {
  return { version: REQUESTS_VERSION, requests: log.requests.map((r) => (r.id === id ? { ...r, ...patch(r) } : r)) };
}

export function setStatus(log: RequestLog, id: string, status: RequestStatus, on: IsoDay): RequestLog {
  return change(log, id, (r) => ({ status, statusOn: status === 'open' ? null : on, extendedOn: status === 'extended' ? on : r.extendedOn }));
}

export function noteFollowUp(log: RequestLog, id: string, on: IsoDay): RequestLog {
  return change(log, id, () => ({ followUpOn: on }));
}

export function removeRequest(log: RequestLog, id: string): RequestLog {
  return { version: REQUESTS_VERSION, requests: log.requests.filter((r) => r.id !== id) };
}

export interface RequestState {
  /** When the council must answer: one month from sending, or three when it has extended. */
  dueOn: IsoDay;
  /** The longest the council could take if it extends (shown while the request is open). */
  latestOn: IsoDay;
  daysLeft: number;
  overdue: boolean;
  closed: boolean;
  lastContactOn: IsoDay;
  complainBy: IsoDay;
}

export function requestState(r: TrackedRequest, today: IsoDay): RequestState {
  const dueOn = r.extendedOn ? extendedDueOn(r.sentOn) : replyDueOn(r.sentOn);
  const closed = r.status === 'answered' || r.status === 'withdrawn';
  const lastContactOn = [r.sentOn, r.statusOn, r.extendedOn, r.followUpOn].filter((d): d is IsoDay => !!d).sort().at(-1)!;
  const left = daysLeft(dueOn, today);
  return { dueOn, latestOn: extendedDueOn(r.sentOn), daysLeft: left, overdue: !closed && left < 0, closed, lastContactOn, complainBy: complainBy(lastContactOn) };
}

/** Requests still waiting for an answer from the council a notice belongs to (by name or site). */
export function openRequestsTo(log: RequestLog, council: string | null, url: string | null): TrackedRequest[] {
  const name = council?.trim().toLowerCase() ?? null;
  const site = siteOf(url);
  return log.requests.filter((r) => (r.status === 'open' || r.status === 'extended')
    && ((name !== null && r.council.toLowerCase() === name) || (site !== null && r.site === site)));
}

/** Whether a stored value is a request this version can read (the loader sets aside the rest). */
export function isTrackedRequest(value: unknown): value is TrackedRequest {
  const r = value as TrackedRequest;
  const t = r?.target;
  const text = (v: unknown) => typeof v === 'string';
  const textOrNull = (v: unknown) => v === null || typeof v === 'string';
  return !!r && typeof r === 'object' && text(r.id) && (LETTER_RIGHTS as readonly string[]).includes(r.right)
    && text(r.council) && textOrNull(r.site) && isIsoDay(r.sentOn) && textOrNull(r.contact) && text(r.letter)
    && (REQUEST_STATUSES as readonly string[]).includes(r.status)
    && [r.statusOn, r.extendedOn, r.followUpOn].every((d) => d === null || isIsoDay(d))
    && !!t && typeof t === 'object' && textOrNull(t.council) && textOrNull(t.email) && textOrNull(t.postalAddress)
    && textOrNull(t.title) && textOrNull(t.url) && isIsoDay(t.readOn) && text(t.service);
}
