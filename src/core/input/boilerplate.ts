// Which parts of a page are the notice and which are the site around it. Kept as data: the
// landmarks, roles and class/id words that mark navigation, banners, footers and widgets.

const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'dialog']);
/** header/footer are page furniture at page level, but an article's own header holds its title. */
const PAGE_FURNITURE_TAGS = new Set(['header', 'footer']);
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);
/** Words in a class or id that mark page furniture (matched as whole hyphen/underscore-separated words). */
const BOILERPLATE_WORDS = new Set([
  // not "consent" or "sharing": notices name their own sections that way
  'cookie', 'cookies', 'cookiebanner', 'breadcrumb', 'breadcrumbs', 'skiplink', 'skip',
  'related', 'feedback', 'social', 'sidebar', 'menu', 'navbar', 'nav', 'navigation',
  'newsletter', 'rating', 'helpful', 'survey', 'masthead', 'topbar', 'banner', 'footer', 'header',
  'pagination', 'toolbar', 'modal', 'signup', 'subscribe',
]);
/** Content that looks like furniture by class but is the notice (a privacy "header" block). */
const KEEP_IF_CONTAINS = 'h1';

function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/[\s_-]+/).filter(Boolean);
}

function insideMainContent(el: Element): boolean {
  return !!el.parentElement?.closest('main, article, [role="main"]');
}

export function isBoilerplate(el: Element): boolean {
  const tag = el.localName?.toLowerCase() ?? '';
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (BOILERPLATE_TAGS.has(tag) || BOILERPLATE_ROLES.has(role)) return true;
  if (PAGE_FURNITURE_TAGS.has(tag)) return !insideMainContent(el);
  const words = classWords(el);
  if (!words.some((w) => BOILERPLATE_WORDS.has(w))) return false;
  // A wrapper with a boilerplate-ish class that holds the page's title is the content itself.
  return !el.querySelector(KEEP_IF_CONTAINS);
}

/** Characters of text under an element, counted only up to `cap` (a 10 MB page costs no more than a small one). */
function textLengthUpTo(el: Element, cap: number): number {
  const doc = el.ownerDocument;
  if (!doc?.createTreeWalker) return Math.min(cap, (el.textContent ?? '').length);
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t && n < cap; t = walker.nextNode()) n += (t.nodeValue ?? '').trim().length;
  return Math.min(n, cap);
}

/** Enough text to tell whether a landmark holds most of the page. */
const SAMPLE = 20_000;

/**
 * The element that holds the page's main content: the largest `<main>` (or role=main), else the
 * largest `<article>` when it carries most of the text, else the body itself.
 */
export function pickContentRoot(body: Element): Element {
  const bodyLength = textLengthUpTo(body, SAMPLE) || 1;
  for (const selector of ['main, [role="main"]', 'article', '#main-content, #maincontent, #content, .main-content']) {
    const candidates = [...body.querySelectorAll(selector)].slice(0, 20);
    if (!candidates.length) continue;
    const sized = candidates.map((el) => ({ el, length: textLengthUpTo(el, SAMPLE) }));
    const best = sized.reduce((a, b) => (b.length > a.length ? b : a));
    if (best.length >= bodyLength * 0.3 || best.length >= SAMPLE * 0.3) return best.el;
  }
  return body;
}
