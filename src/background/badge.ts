// The toolbar badge: text and colour that everyone can read (white on dark blue, 8:1), with a
// tooltip that says what it means. Shown only where the first look found a likely notice.
import browser from 'webextension-polyfill';

const BACKGROUND = '#1d4ed8';
const TEXT = '#ffffff';

export async function showBadge(tabId: number, likely: boolean): Promise<void> {
  const action = browser.action;
  if (!likely) {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
    return;
  }
  await action.setBadgeBackgroundColor({ tabId, color: BACKGROUND });
  // setBadgeTextColor arrived later than the rest (Chrome 110, Firefox 63); older browsers pick a colour themselves.
  await (action as unknown as { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> }).setBadgeTextColor?.({ tabId, color: TEXT });
  await action.setBadgeText({ tabId, text: browser.i18n.getMessage('badgeFound') });
  await action.setTitle({ tabId, title: browser.i18n.getMessage('badgeTitleFound') });
}
