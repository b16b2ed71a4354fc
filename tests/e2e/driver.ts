// The small browser-neutral surface the shared scenarios drive. Chromium (playwright-core) and
// Firefox (puppeteer-core over WebDriver BiDi) each implement it, so one list of scenarios runs in
// both browsers. Everything a scenario reads from a page goes through evaluate; input goes through
// real clicks and key presses.

import type { Site } from './harness';

export type ColorScheme = 'light' | 'dark';

export interface TestPage {
  /** Runs fn inside the page (its main world) and returns its JSON-able result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Runs a script's source inside the page, from the test side (so the page's CSP does not apply). */
  evaluateSource(source: string): Promise<unknown>;
  /** A real mouse click on the first element matching selector. */
  click(selector: string): Promise<void>;
  /** Chooses an option of the <select> matching selector, as a user would. */
  select(selector: string, value: string): Promise<void>;
  /** Replaces the text of the input matching selector by typing. */
  type(selector: string, text: string): Promise<void>;
  /** A real key press (Tab, Enter, …) on whatever has focus. */
  press(key: string): Promise<void>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  setColorScheme(scheme: ColorScheme): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A request seen leaving a page or the extension: its address and who made it, when known. */
export interface SeenRequest { url: string; from: string }

export interface ExtensionBrowser {
  readonly name: 'Chromium' | 'Firefox';
  /** chrome-extension://id or moz-extension://uuid, without a trailing slash. */
  readonly extensionOrigin: string;
  /** Opens url in a new tab; returns the page and the tab's id as the extension sees it. */
  openTab(url: string): Promise<{ page: TestPage; tabId: number }>;
  /** The popup, opened as a page for a tab (?tabId=N), once it has finished loading. */
  openPopup(tabId: number, options?: { colorScheme?: ColorScheme }): Promise<TestPage>;
  /** Any other extension page, by its path in the build. */
  openExtensionPage(path: string, viewport: { width: number; height: number }): Promise<TestPage>;
  badge(tabId: number): Promise<{ text: string; title: string }>;
  /** Runs fn where the extension's APIs are (`chrome.*`), with the extension's rights. */
  extensionEvaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Every network request the browser made so far. */
  requests(): Promise<SeenRequest[]>;
  /** Errors (script errors, console errors, CSP violations) raised by the extension so far. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export type LaunchExtensionBrowser = (site: Site) => Promise<ExtensionBrowser>;
