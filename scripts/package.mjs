#!/usr/bin/env node
// Zips dist/chrome and dist/firefox for the stores, byte for byte the same from the same source:
// entries sorted by path, one fixed timestamp, fixed permissions (addons.mozilla.org rebuilds the
// add-on from the source archive and compares). Prints each zip's SHA-256.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

// Zip times are local wall-clock fields, so the date is built from fields, not from an instant:
// the same bytes in every time zone.
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);
// rw-r--r-- regular file, in the high half of the external attributes (made on Unix).
const FILE_ATTRS = (0o100644 << 16) >>> 0;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function deterministicZip(dir) {
  const entries = {};
  for (const path of filesUnder(dir)) entries[path] = [readFileSync(join(dir, path)), { mtime: FIXED_TIME, os: 3, attrs: FILE_ATTRS, level: 9 }];
  return zipSync(entries);
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'dist/zips';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const dir = join('dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run vite build first`);
  const zip = deterministicZip(dir);
  const file = join(out, `plain-notice-${target}-${version}.zip`);
  writeFileSync(file, zip);
  console.log(`${target}: ${file} sha256 ${createHash('sha256').update(zip).digest('hex')}`);
}
