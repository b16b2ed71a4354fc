// One source, two builds: `vite build` for Chrome (dist/chrome), `TARGET=firefox vite build`
// for Firefox (dist/firefox). crxjs reads manifest.json; Firefox gets its own background and id.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import base from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';
const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export function manifestFor(t: Target): ManifestV3Export {
  const manifest = { ...base, version: pkg.version } as Record<string, unknown>;
  if (t === 'firefox') {
    manifest.background = { scripts: [base.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: { id: 'plain-notice@plain-notice.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: manifestFor(target), browser: target, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The compare, PDF and My requests pages are not named in the manifest; the popup opens them.
    rollupOptions: { input: { compare: 'src/compare/index.html', pdf: 'src/pdf/index.html', requests: 'src/requests/index.html' } },
  },
});
