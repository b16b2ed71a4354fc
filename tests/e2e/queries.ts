// Reading and finding things on a page through the browser-neutral TestPage: text, attributes,
// counts, elements by accessible name, and downloads. All of it runs as evaluate in the page.
import type { TestPage } from './driver';

export const text = (p: TestPage, selector: string) =>
  p.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? null, selector);

export const texts = (p: TestPage, selector: string) =>
  p.evaluate((s) => [...document.querySelectorAll(s)].map((e) => (e as HTMLElement).innerText), selector);

export const count = (p: TestPage, selector: string) => p.evaluate((s) => document.querySelectorAll(s).length, selector);

export const attribute = (p: TestPage, selector: string, name: string) =>
  p.evaluate(([s, n]) => document.querySelector(s!)?.getAttribute(n!) ?? null, [selector, name]);

export const hrefs = (p: TestPage, selector = 'a[href]') =>
  p.evaluate((s) => [...document.querySelectorAll(s)].map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '' })), selector);

/** How far the page scrolls sideways (0 or less: it fits). */
export const sidewaysOverflow = (p: TestPage) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let marks = 0;

/**
 * A selector for the first element matching `selector` whose accessible name (aria-label, else its
 * text) matches `name`, so a real click or focus can reach it. Throws when there is none.
 */
export async function byName(p: TestPage, selector: string, name: string | RegExp): Promise<string> {
  const mark = `pn-test-${++marks}`;
  const pattern = typeof name === 'string' ? { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : { source: name.source, flags: name.flags };
  const found = await p.evaluate(([s, source, flags, m]) => {
    const re = new RegExp(source!, flags);
    const el = [...document.querySelectorAll(s!)].find((e) => re.test((e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
    el?.setAttribute('data-pn-test', m!);
    return Boolean(el);
  }, [selector, pattern.source, pattern.flags, mark]);
  if (!found) throw new Error(`no ${selector} named ${String(name)}`);
  return `[data-pn-test="${mark}"]`;
}

export async function clickByName(p: TestPage, selector: string, name: string | RegExp): Promise<void> {
  await p.click(await byName(p, selector, name));
}

/**
 * Clicks a control that saves a file and returns the file's name and text. The page's download
 * link is caught at its click (so no file lands on disk, in either browser); the text is read
 * from the Blob the page made.
 */
export async function download(p: TestPage, clickSelector: string): Promise<{ fileName: string; text: string }> {
  await p.evaluate(() => {
    const w = window as unknown as { __pnBlobs: Map<string, Blob>; __pnDownload: Promise<{ fileName: string; text: string }> };
    w.__pnBlobs = new Map();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (o: Blob | MediaSource) => { const url = create(o); if (o instanceof Blob) w.__pnBlobs.set(url, o); return url; };
    w.__pnDownload = new Promise((resolve) => {
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        const blob = w.__pnBlobs.get(this.href);
        void (blob ? blob.text() : Promise.resolve('')).then((t) => resolve({ fileName: this.download, text: t }));
      };
    });
  });
  await p.click(clickSelector);
  return p.evaluate(() => (window as unknown as { __pnDownload: Promise<{ fileName: string; text: string }> }).__pnDownload);
}
