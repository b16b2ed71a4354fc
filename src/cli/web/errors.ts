// Why a web address could not be read, as one clear sentence per kind. The crawler and the
// command line print these; nothing else stops because one address failed.

export type FetchProblem =
  | 'dns' | 'network' | 'timeout' | 'status' | 'redirects' | 'too-large' | 'type' | 'robots' | 'protocol' | 'offline';

export class FetchError extends Error {
  constructor(readonly problem: FetchProblem, message: string, readonly status?: number) {
    super(message);
    this.name = 'FetchError';
  }
}

/** A network failure's cause, from undici's error chain ("fetch failed" → cause.code). */
export function networkProblem(url: string, err: unknown): FetchError {
  if (err instanceof FetchError) return err;
  const name = (err as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new FetchError('timeout', 'the server took too long to answer');
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (err as NodeJS.ErrnoException)?.code;
  const host = new URL(url).hostname;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchError('dns', `no such site: ${host} could not be found (DNS)`);
  if (code === 'ECONNREFUSED') return new FetchError('network', `${host} refused the connection`);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return new FetchError('timeout', 'the server took too long to answer');
  return new FetchError('network', `the connection failed (${code ?? cause?.message ?? (err as Error)?.message ?? String(err)})`);
}

/** Worth trying again after a pause: the network or the server failed, not the request. */
export const retryable = (e: FetchError): boolean => e.problem === 'network' || (e.problem === 'status' && (e.status ?? 0) >= 500);
