import { describe, expect, it } from 'vitest';
import { hostRateLimiter } from './rate-limit';

describe('per-host rate limit', () => {
  it('spaces requests to one host and lets other hosts through at once', async () => {
    let clock = 1000;
    const waits: number[] = [];
    const limiter = hostRateLimiter(1, () => clock, async (ms) => { waits.push(ms); });
    await limiter.wait('a.example');
    await limiter.wait('a.example');
    await limiter.wait('b.example');
    await limiter.wait('a.example');
    expect(waits).toEqual([1000, 2000]);
    clock += 5000;
    await limiter.wait('a.example');
    expect(waits).toHaveLength(2);
  });
  it('does not wait at all when the limit is off', async () => {
    const waits: number[] = [];
    const limiter = hostRateLimiter(0, () => 0, async (ms) => { waits.push(ms); });
    for (let i = 0; i < 5; i++) await limiter.wait('a.example');
    expect(waits).toEqual([]);
  });
});
