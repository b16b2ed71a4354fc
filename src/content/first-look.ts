// The first look at a page: title, address and a bounded number of headings, judged by
// quickDetect. Cheap on any page: live tag collections are read only as far as needed (a
// selector query would match every heading of a huge page first), no full read, no NLP.
import { quickDetect, type QuickVerdict } from '../core/quick-detect';

/** Heading-like tags, the page title's own first; how many of each to read. */
const TAGS: [string, number][] = [['h1', 5], ['h2', 60], ['h3', 60], ['h4', 30], ['summary', 30]];

export function firstLook(doc: Document, href: string): QuickVerdict {
  const headings: string[] = [];
  for (const [tag, max] of TAGS) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < found.length && i < max; i++) headings.push((found[i]!.textContent ?? '').trim().slice(0, 200));
  }
  return quickDetect({ title: doc.title, url: href, headings });
}
