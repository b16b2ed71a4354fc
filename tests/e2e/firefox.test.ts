// The shared browser scenarios (scenarios.ts) in Debian's Firefox ESR, with dist/firefox installed
// as a temporary add-on; then what only Firefox's driver can do: open the real toolbar popup.
// `npm run test:firefox` runs this file alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxTestsRunnable, launchFirefox, type FirefoxBrowser } from './firefox-driver';
import { serve, type Site } from './harness';
import { sitePages } from './pages';
import { runScenarios } from './suite';

const runnable = firefoxTestsRunnable();
runScenarios('Firefox', launchFirefox, runnable, 'screenshots/firefox');

describe.skipIf(!runnable)('the toolbar popup in Firefox', { timeout: 60_000 }, () => {
  let site: Site;
  let b: FirefoxBrowser;
  beforeAll(async () => {
    site = await serve(sitePages());
    b = await launchFirefox(site);
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('opens at its designed width (24rem) and as tall as Firefox allows for a whole summary', async () => {
    await b.openTab(site.url('www.northbrook.gov.uk', '/council-tax/privacy'));
    await b.openToolbarPopup();
    // The panel grows as the summary renders (a short "reading" state comes first). A full summary
    // is taller than Firefox's 600-pixel limit; a collapsed or empty popup is not.
    await expect.poll(async () => (await b.toolbarPopup())?.height, { timeout: 10_000 }).toBe(600);
    const popup = (await b.toolbarPopup())!;
    console.log(`Firefox toolbar popup: ${popup.width} × ${popup.height}`);
    expect(popup.url).toBe(`${b.extensionOrigin}/src/popup/index.html`);
    expect(popup.title).toBe('Plain Notice');
    expect(popup.width).toBe(384);
    expect(await b.errors()).toEqual([]);
  });
});
