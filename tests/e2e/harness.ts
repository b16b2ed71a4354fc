// End-to-end harness: Debian's Chromium with the built extension, and local council-style pages
// served on 127.0.0.1. *.gov.uk and *.example.test resolve to 127.0.0.1 inside this browser only,
// so the content script's gov.uk match is exercised without any real network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { axeViolationsIn } from './axe';

/** The extension APIs the tests call inside the service worker. */
declare const chrome: {
  tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText: (d: { tabId: number }) => Promise<string>; getTitle: (d: { tabId: number }) => Promise<string> };
};

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'chrome');
const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
export const CHROMIUM = CHROMIUM_PATHS.find((p) => existsSync(p)) ?? null;

/** Whether the browser tests can run here; on CI they must. */
export function browserTestsRunnable(): boolean {
  if (!CHROMIUM) {
    if (process.env.CI) throw new Error('Chromium is not installed: .ci/run installs it with apt-get (package "chromium").');
    console.warn('browser tests skipped: install Debian\'s chromium (apt-get install chromium) to run them');
    return false;
  }
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome is not built: run "npm run build" (npm test does it first).');
  return true;
}

export type Pages = Record<string, string>;

export interface Site { server: Server; port: number; hits: string[]; url: (host: string, path: string) => string; close: () => Promise<void> }

export async function serve(pages: Pages): Promise<Site> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    // Firefox reaches the pages through this server as its proxy, so a request line may carry the
    // whole address ("GET http://host:port/path"); the page is looked up by its path either way.
    const path = (req.url ?? '').startsWith('/') ? req.url ?? '' : new URL(req.url ?? '').pathname;
    hits.push(`${req.headers.host}${path}`);
    const body = pages[path];
    if (body === undefined) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  // An https address asked of the proxy: noted as a hit, then refused, so nothing goes further.
  server.on('connect', (req, socket: Socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    server, port, hits,
    url: (host, path) => `http://${host}:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser { context: BrowserContext; worker: Worker; extensionId: string; requests: { url: string; from: string }[]; pageErrors: string[]; close: () => Promise<void> }

/** options.lang: the browser's interface language (for example "cy"), which the extension follows until the resident chooses. */
/** The page a request came from. A navigation that opens a new tab has no frame yet: it is still recorded. */
function frameUrl(r: Request): string {
  try {
    return r.frame().url();
  } catch {
    return 'a new tab';
  }
}

export async function launch(options: { lang?: string } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'pn-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM!,
    headless: true,
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter', '--disable-quic',
      '--host-resolver-rules=MAP *.gov.uk 127.0.0.1, MAP *.example.test 127.0.0.1',
    ],
  });
  const requests: { url: string; from: string }[] = [];
  // Every request the browser makes for pages, extension pages and the service worker.
  context.on('request', (r) => requests.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : frameUrl(r) }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Errors on the extension's own pages (a CSP violation is one) are collected for the tests to check.
  const pageErrors: string[] = [];
  context.on('page', (page) => {
    page.on('console', (m) => { if (m.type() === 'error' && page.url().startsWith('chrome-extension://')) pageErrors.push(`${page.url()}: ${m.text()}`); });
    page.on('pageerror', (e) => { if (page.url().startsWith('chrome-extension://')) pageErrors.push(`${page.url()}: ${e.message}`); });
  });
  return {
    context, worker, extensionId, requests, pageErrors,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

const tabIds = (b: Browser) => b.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));

/**
 * Opens a page in a new tab and returns the tab's id. The extension has no "tabs" permission, so
 * it cannot see tab addresses; the new tab is the one whose id was not there before.
 */
export async function openTab(b: Browser, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(b));
  const page = await b.context.newPage();
  await page.goto(url);
  for (let i = 0; i < 50; i++) {
    const fresh = (await tabIds(b)).filter((id) => !before.has(id));
    if (fresh.length === 1) return { page, tabId: fresh[0]! };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`could not tell which tab holds ${url}`);
}

export async function badgeOf(b: Browser, tabId: number): Promise<{ text: string; title: string }> {
  return b.worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

export async function waitForBadge(b: Browser, tabId: number, text: string): Promise<{ text: string; title: string }> {
  let last = { text: '', title: '' };
  for (let i = 0; i < 60; i++) {
    last = await badgeOf(b, tabId);
    if (last.text === text) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

export async function openPopup(b: Browser, tabId: number, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await b.context.newPage();
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await page.setViewportSize({ width: 460, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await page.waitForSelector('main[aria-busy="false"]', { timeout: 20_000 });
  return page;
}

/** axe-core's violations on a page (injected by evaluate: extension pages' CSP blocks script tags). */
export async function axeViolations(page: Page): Promise<string[]> {
  return axeViolationsIn({ evaluateSource: (source) => page.evaluate(source), evaluate: (fn) => page.evaluate(fn) as never });
}
