#!/usr/bin/env node
// Zips dist/chrome and dist/firefox for the stores (web-ext's packer; no network).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'dist/zips';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const dir = join('dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run vite build first`);
  const made = execFileSync(process.execPath, ['node_modules/web-ext/bin/web-ext.js', 'build', '--source-dir', dir, '--artifacts-dir', out, '--overwrite-dest', '--filename', `plain-notice-${target}-${version}.zip`], { encoding: 'utf8' });
  if (!existsSync(join(out, `plain-notice-${target}-${version}.zip`))) throw new Error(`web-ext did not write the ${target} zip:\n${made}`);
  console.log(`${target}: ${join(out, `plain-notice-${target}-${version}.zip`)}`);
}
