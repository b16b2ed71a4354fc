// The shared scenarios' driver for Firefox: Debian's Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi, with dist/firefox installed as a temporary add-on in a fresh profile.
//
// How the test stays on 127.0.0.1: Firefox has no host-resolver rule like Chromium's, so the test
// server is also Firefox's only proxy (http and https). A page at http://www.x.gov.uk:PORT/ reaches
// it by name, and any other request the browser makes lands there too, where it is logged and, for
// https, refused. Firefox's own background services are switched off by preferences.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ColorScheme, ExtensionBrowser, TestPage } from './driver';
import { ROOT, type Site } from './harness';

export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? null;
/** Fixed so that extension pages have a known address (Firefox picks a random one per profile). */
const EXTENSION_UUID = '7c3f5a2e-4b1d-4e8a-9f60-2d5b8c1e0a47';

/** Whether the Firefox tests can run here; on CI they must. */
export function firefoxTestsRunnable(): boolean {
  if (!FIREFOX) {
    // On CI, and when asked for by name (npm run test:firefox), a missing Firefox is a failure.
    if (process.env.CI || process.env.REQUIRE_FIREFOX) throw new Error('Firefox is not installed: .ci/run installs it with apt-get (package "firefox-esr").');
    console.warn('Firefox tests skipped: install Debian\'s firefox-esr (apt-get install firefox-esr) to run them');
    return false;
  }
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error('dist/firefox is not built: run "npm run build" (npm test does it first).');
  return true;
}

/** The raw WebDriver BiDi connection puppeteer holds; used for what its API does not cover. */
interface Bidi { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> }
const bidiOf = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

function preferences(port: number, addonId: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    // Remote settings would otherwise call Mozilla; with MOZ_REMOTE_SETTINGS_DEVTOOLS set this
    // address, which no request can be made to, is used instead.
    'services.settings.server': 'data:,remote-settings-off',
    // Requests to this machine go through the proxy too, so they are logged like any other.
    'network.proxy.allow_hijacking_localhost': true,
    // Light unless a test asks for dark (setColorScheme), whatever the machine's theme.
    'layout.css.prefers-color-scheme.content-override': 1,
  };
}

/**
 * Run in Firefox's parent process: keeps every error the extension raises (script errors, CSP
 * violations, console.error) in a list the test reads back. Firefox reports these for extension
 * pages, the background script and content scripts alike, which WebDriver BiDi's log does not.
 */
const COLLECT_ERRORS = (origin: string, addonId: string) => `(() => {
  if (window.__pnErrors) return true;
  const errors = window.__pnErrors = [];
  const origin = ${JSON.stringify(origin)}, addonId = ${JSON.stringify(addonId)};
  Services.console.registerListener({ observe(m) {
    if (!(m instanceof Ci.nsIScriptError) || (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag))) return;
    if ((m.sourceName || '').startsWith(origin) || (m.errorMessage || '').includes(origin)) errors.push(m.sourceName + ': ' + m.errorMessage);
  } });
  Services.obs.addObserver({ observe(subject) {
    const m = subject.wrappedJSObject;
    if (m.level === 'error' && ((m.filename || '').startsWith(origin) || m.addonId === addonId)) errors.push(m.filename + ': ' + (m.arguments || []).map(String).join(' '));
  } }, 'console-api-log-event');
  return true;
})()`;

/** Firefox can also open the real toolbar popup and report the panel's size. */
export interface FirefoxBrowser extends ExtensionBrowser {
  openToolbarPopup(): Promise<void>;
  /** The open toolbar popup's address, title and size, or null when none is open. */
  toolbarPopup(): Promise<{ url: string; title: string; width: number; height: number } | null>;
}

export async function launchFirefox(site: Site): Promise<FirefoxBrowser> {
  const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX!,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets the driver open moz-extension:// pages and read errors from the parent process.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: preferences(site.port, addonId),
  });
  const bidi = bidiOf(browser);
  const chromeContext = async () => {
    const { contexts } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
    return contexts.find((c) => c.url.startsWith('chrome://browser/'))!.context;
  };
  const inParent = async <R>(expression: string): Promise<R> => {
    const { result } = await bidi.send('script.evaluate', { expression, target: { context: await chromeContext() }, awaitPromise: false, resultOwnership: 'none' });
    if (result.type !== 'success') throw new Error(`Firefox parent process: ${JSON.stringify(result)}`);
    return (result.result as { value: R }).value;
  };
  try {
    await inParent(COLLECT_ERRORS(origin, addonId));
    const installed = await browser.installExtension(DIST_FIREFOX);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, expected ${addonId}`);
  } catch (e) {
    await browser.close();
    throw e;
  }

  let scheme: ColorScheme = 'light';
  const setColorScheme = async (s: ColorScheme) => {
    // Firefox's BiDi has no media emulation: the content colour-scheme preference does the same,
    // for every page at once.
    scheme = s;
    await inParent(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${s === 'dark' ? 0 : 1})`);
  };

  const wrap = (page: Page): TestPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source),
    click: (selector) => page.click(selector),
    select: async (selector, value) => { await page.select(selector, value); },
    type: async (selector, text) => {
      await page.click(selector, { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type(selector, text);
    },
    press: (key) => page.keyboard.press(key as never),
    waitFor: async (selector, timeout = 20_000) => { await page.waitForSelector(selector, { timeout }); },
    setViewport: (width, height) => page.setViewport({ width, height }),
    setColorScheme,
    screenshot: async (path) => { await page.screenshot({ path: path as `${string}.png`, fullPage: true }); },
    close: async () => {
      await page.close();
      if (scheme !== 'light') await setColorScheme('light');
    },
  });

  /**
   * Opens an extension page. BiDi sends no load events for moz-extension:// documents, so the
   * navigation is started without waiting and the page is polled until it is there.
   */
  const openExtension = async (path: string, width: number, height: number): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    const url = `${origin}/${path}`;
    await bidi.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
    for (let i = 0; i < 200; i++) {
      const ready = await page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
      if (ready[0] === url && ready[1] === 'complete') {
        // The document that replaced about:blank does not get focus by itself; a user's click would give it.
        await page.bringToFront();
        return page;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${url} did not load`);
  };

  // An extension page kept open where the extension's APIs can be called (Firefox has no service
  // worker to evaluate in).
  const control = await openExtension('src/compare/index.html', 800, 600);
  const extensionEvaluate: ExtensionBrowser['extensionEvaluate'] = (fn, arg) => control.evaluate(fn as never, arg) as never;
  const tabIds = () => control.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));

  return {
    name: 'Firefox',
    extensionOrigin: origin,
    openTab: async (url) => {
      const before = new Set(await tabIds());
      const page = await browser.newPage();
      await page.goto(url);
      const fresh = (await tabIds()).filter((id) => !before.has(id));
      if (fresh.length !== 1) throw new Error(`could not tell which tab holds ${url}`);
      return { page: wrap(page), tabId: fresh[0]! };
    },
    openPopup: async (tabId, options = {}) => {
      const page = wrap(await openExtension(`src/popup/index.html?tabId=${tabId}`, 460, 900));
      if (options.colorScheme) await page.setColorScheme(options.colorScheme);
      await page.waitFor('main[aria-busy="false"]');
      return page;
    },
    openExtensionPage: async (path, { width, height }) => wrap(await openExtension(path, width, height)),
    badge: (tabId) => control.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId),
    extensionEvaluate,
    // Everything reached the proxy (the test server): page loads, and anything else at all.
    requests: async () => site.hits.map((h) => (h.startsWith('CONNECT ') ? { url: `https://${h.slice(8)}/`, from: 'https (refused by the proxy)' } : { url: `http://${h}`, from: 'network' })),
    errors: async () => JSON.parse(await inParent<string>('JSON.stringify(window.__pnErrors)')) as string[],
    close: () => browser.close(),
    openToolbarPopup: () => extensionEvaluate(() => chrome.action.openPopup()),
    // Firefox sizes the panel to the popup's content, at most 800 × 600.
    toolbarPopup: async () => JSON.parse(await inParent<string>(`JSON.stringify([...document.querySelectorAll('browser.webextension-popup-browser')]
      .map((p) => ({ url: p.currentURI.spec, title: p.contentTitle, width: p.getBoundingClientRect().width, height: p.getBoundingClientRect().height }))[0] ?? null)`)),
  };
}

declare const chrome: {
  action: { openPopup: () => Promise<void>; getBadgeText: (d: { tabId: number }) => Promise<string>; getTitle: (d: { tabId: number }) => Promise<string> };
  tabs: { query: (q: object) => Promise<{ id?: number }[]> };
};
