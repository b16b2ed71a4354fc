// The content script: tiny and cheap. On gov.uk pages it takes a first look (title, address,
// headings) and tells the background whether to show the badge. It reads the whole page only
// when asked (the popup is open), and changes the page only to show evidence the user asked for.
import browser from 'webextension-polyfill';
import { blocksFromDomInSlices } from '../core/input/dom';
import { isMessage, type CollectReply, type FlagMessage, type HighlightReply, type HighlightRequest, type PingReply } from '../ext/messages';
import { firstLook } from './first-look';
import { highlightQuote } from './highlight';
import { yieldToPage } from './yield';

const GUARD = '__plainNoticeContent';

/**
 * Reads the page in slices of a few milliseconds, so even a 10 MB page never freezes. Sending the
 * result to the background is one task for the page, so the content script sends at most
 * SEND_CHARS of text: twice the longest real notice we have seen.
 */
const SEND_CHARS = 400_000;
async function collect(): Promise<CollectReply> {
  return { ...(await blocksFromDomInSlices(document, yieldToPage, 16, () => performance.now(), SEND_CHARS)), url: location.href };
}

function listen(message: unknown): Promise<unknown> | undefined {
  if (isMessage(message, 'pn/ping')) return Promise.resolve({ url: location.href } satisfies PingReply);
  if (isMessage(message, 'pn/collect')) return collect();
  if (isMessage<HighlightRequest>(message, 'pn/highlight')) {
    const reply: HighlightReply = { found: highlightQuote(document, message.quote) };
    return Promise.resolve(reply);
  }
  return undefined;
}

const scope = globalThis as Record<string, unknown>;
if (!scope[GUARD]) {
  scope[GUARD] = true;
  browser.runtime.onMessage.addListener(listen);
  if (/(?:^|\.)gov\.uk$/i.test(location.hostname)) {
    // After the page has settled, so the first look never competes with the page's own work.
    const look = () => {
      const message: FlagMessage = { type: 'pn/flag', verdict: firstLook(document, location.href) };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    };
    if ('requestIdleCallback' in globalThis) requestIdleCallback(look, { timeout: 2000 });
    else setTimeout(look, 0);
  }
}
