#!/usr/bin/env node
// Lets `npm start` and `npm test` work straight after cloning: installs the locked dependencies
// (npm ci) when node_modules is missing or older than package-lock.json, and otherwise does nothing.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.error('Installing dependencies (npm ci)…');
  // npm's own output goes to standard error, so a JSON or CSV result on standard output stays clean.
  execSync('npm ci --no-audit --no-fund', { stdio: ['ignore', process.stderr, 'inherit'] });
}
