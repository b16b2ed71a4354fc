// Runs the shared scenarios in one browser: serves the test pages on 127.0.0.1, launches the
// browser with the built extension, opens the pages most scenarios use, then one test per scenario.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ExtensionBrowser, LaunchExtensionBrowser, TestPage } from './driver';
import { ROOT, serve, type Site } from './harness';
import { hostilePage, manyItemsPage, seedHtml, seedPages, sitePages } from './pages';
import { OPENED_FIRST, SCENARIOS, type World } from './scenarios';

export function runScenarios(browserName: string, launchBrowser: LaunchExtensionBrowser, runnable: boolean, screenshots: string): void {
  describe.skipIf(!runnable)(`the extension in ${browserName}`, { timeout: 60_000 }, () => {
    let site: Site;
    let b: ExtensionBrowser;
    const tabs = new Map<string, { page: TestPage; tabId: number }>();
    const shots = join(ROOT, 'test-results', screenshots);
    const world: World = {
      get b() { return b; },
      get site() { return site; },
      tab: async (host, path) => {
        const key = `${host}${path}`;
        if (!tabs.has(key)) tabs.set(key, await b.openTab(site.url(host, path)));
        return tabs.get(key)!;
      },
      shot: (name) => join(shots, name),
    };

    beforeAll(async () => {
      const pages: Record<string, string> = { ...sitePages(), '/hostile': hostilePage(), '/items': manyItemsPage(50_000) };
      for (const s of seedPages()) pages[s.path] = seedHtml(s.id);
      site = await serve(pages);
      b = await launchBrowser(site);
      mkdirSync(shots, { recursive: true });
      for (const [host, path] of OPENED_FIRST) await world.tab(host, path);
    }, 60_000);
    afterAll(async () => {
      await b?.close();
      await site?.close();
    });

    for (const s of SCENARIOS) {
      if (s.skip && runnable) console.warn(`${browserName}: skipped "${s.name}": ${s.skip}`);
      it.skipIf(Boolean(s.skip))(s.name, () => s.run(world));
    }
  });
}
