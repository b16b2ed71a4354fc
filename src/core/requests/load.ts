// Reads the stored request log into today's format (version 1 is the first, so there are no
// steps yet; a later version adds its step here).
import { loadVersioned, type LoadedList } from '../storage/versioned';
import { isTrackedRequest } from './tracker';
import { REQUESTS_VERSION, type RequestLog, type TrackedRequest } from './types';

export interface LoadedLog extends Omit<LoadedList<TrackedRequest>, 'entries'> { log: RequestLog }

export function loadRequestLog(stored: unknown): LoadedLog {
  const { entries, ...rest } = loadVersioned(stored, { version: REQUESTS_VERSION, listKey: 'requests', steps: {}, isEntry: isTrackedRequest });
  return { ...rest, log: { version: REQUESTS_VERSION, requests: entries } };
}
