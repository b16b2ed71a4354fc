// At most one request per host per interval. Each host keeps the time its next request may
// start; a caller waits until then and moves it on, so parallel callers queue in order.

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RateLimiter { wait(host: string): Promise<void> }

/** `perSecond` requests per second per host; 0 or Infinity turns the limit off. */
export function hostRateLimiter(perSecond: number, now: () => number = Date.now, pause: Sleep = sleep): RateLimiter {
  const interval = perSecond > 0 && Number.isFinite(perSecond) ? 1000 / perSecond : 0;
  const nextSlot = new Map<string, number>();
  return {
    async wait(host) {
      if (!interval) return;
      const t = now();
      const slot = Math.max(t, nextSlot.get(host) ?? 0);
      nextSlot.set(host, slot + interval);
      if (slot > t) await pause(slot - t);
    },
  };
}
