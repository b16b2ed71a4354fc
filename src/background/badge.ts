// The toolbar badge: text and colour that everyone can read (white on dark blue, 8:1), with a
// tooltip that says what it means. Shown only where the first look found a likely notice.
import browser from 'webextension-polyfill';
import { messageIn } from '../ext/i18n';
import { readLanguage } from '../ext/language-store';

const BACKGROUND = '#1d4ed8';
const TEXT = '#ffffff';

export async function showBadge(tabId: number, likely: boolean): Promise<void> {
  const action = browser.action;
  // The badge speaks the language the resident chose in the popup, not only the browser's.
  const language = await readLanguage();
  const say = (key: string) => messageIn(language, key);
  if (!likely) {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: say('actionTitle') });
    return;
  }
  await action.setBadgeBackgroundColor({ tabId, color: BACKGROUND });
  // setBadgeTextColor arrived later than the rest (Chrome 110, Firefox 63); older browsers pick a colour themselves.
  await (action as unknown as { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> }).setBadgeTextColor?.({ tabId, color: TEXT });
  await action.setBadgeText({ tabId, text: say('badgeFound') });
  await action.setTitle({ tabId, title: say('badgeTitleFound') });
}
