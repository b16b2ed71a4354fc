// The request tracker's stored format. Version 1: every request the resident marked as sent,
// with what it was about, where it went, the letter sent, and where it stands.
import type { IsoDay } from '../calendar';
import type { LetterTarget } from '../letters/compose';
import type { LetterRight } from '../letters/rights';

export const REQUESTS_VERSION = 1 as const;

export const REQUEST_STATUSES = ['open', 'answered', 'extended', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface TrackedRequest {
  id: string;
  right: LetterRight;
  /** The council's name as shown; also how the popup finds open requests to it. */
  council: string;
  /** The notice's site (host name), the other way to match a council. */
  site: string | null;
  target: LetterTarget;
  sentOn: IsoDay;
  /** The email or postal address the request went to; null when sent another way. */
  contact: string | null;
  letter: string;
  status: RequestStatus;
  /** When the status last changed: the council answered, extended, or the resident withdrew. */
  statusOn: IsoDay | null;
  /** When the council said it needs two more months; kept once answered, so the due date stays right. */
  extendedOn: IsoDay | null;
  /** When the resident sent the follow-up letter, if they did. */
  followUpOn: IsoDay | null;
}

export interface RequestLog { version: typeof REQUESTS_VERSION; requests: TrackedRequest[] }

export const emptyLog = (): RequestLog => ({ version: REQUESTS_VERSION, requests: [] });
