#!/usr/bin/env node
// The source archive for addons.mozilla.org: exactly the tracked files of a commit (HEAD unless
// one is named), from `git archive`, so a reviewer can rebuild the submitted zip (BUILDING.md).
// Usage: node scripts/package-source.mjs [commit]   (prints the archive's path)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const commit = process.argv[2] ?? 'HEAD';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = join('dist', 'source');
mkdirSync(out, { recursive: true });
const file = join(out, `plain-notice-${version}-source.zip`);
// A commit's own time stamps every entry, so the same commit always gives the same archive.
execFileSync('git', ['archive', '--format=zip', `--prefix=plain-notice-${version}/`, '-o', file, commit], { stdio: 'inherit' });
console.log(file);
