import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE, type Options } from './options';

describe('command-line options', () => {
  it('has the documented defaults', () => {
    expect(parseArgs(['https://a.example/'], false)).toEqual({
      format: 'json', url: null, follow: false, depth: 2, maxPages: 200, rate: 1, timeoutMs: 20_000,
      cacheDir: '.plain-notice-cache', refresh: false, inputs: ['https://a.example/'],
    } satisfies Options);
    expect((parseArgs(['a.html'], true) as Options).format).toBe('text');
  });
  it('reads every option, with a value after it or after =', () => {
    const o = parseArgs(['--follow', '--depth', '3', '--max-pages=50', '--rate', '0.5', '--timeout', '2.5', '--cache', '/tmp/c', '--refresh', '--format=html', 'https://a.example/'], false) as Options;
    expect(o).toMatchObject({ follow: true, depth: 3, maxPages: 50, rate: 0.5, timeoutMs: 2500, cacheDir: '/tmp/c', refresh: true, format: 'html' });
  });
  it('explains a bad value, with the usage', () => {
    expect(parseArgs(['--rate', 'fast', 'x'], false)).toBe(`--rate needs a number of at least 0, not "fast".\n\n${USAGE}`);
    expect(parseArgs(['--max-pages', '0', 'x'], false)).toMatch(/^--max-pages needs a number of at least 1/);
    expect(parseArgs(['--follow=yes', 'x'], false)).toMatch(/^Unknown option "--follow=yes"/);
    expect(parseArgs(['--depth'], false)).toMatch(/^--depth needs a number/);
    expect(parseArgs(['--help'], false)).toBe(USAGE);
  });
});
