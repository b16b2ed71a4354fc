#!/usr/bin/env node
// Runs the command line from one bundled file. Loading the TypeScript sources through a
// transpiling loader costs about a second per run (hundreds of small modules); esbuild bundles
// them in ~0.1 s, once, whenever a source file is newer than the bundle.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/main.ts');
const outfile = join(root, 'node_modules/.cache/plain-notice/cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(?:ts|tsx|json)$/.test(name.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(outfile)
  || statSync(outfile).mtimeMs < Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs);
if (stale) {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    logLevel: 'error', legalComments: 'none',
    // pdf.js loads its worker module beside itself at run time: leave it in node_modules.
    external: ['pdfjs-dist'],
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}
const { run } = await import(pathToFileURL(outfile).href);
process.exitCode = await run(process.argv.slice(2), process.stdout, process.stderr, !!process.stdout.isTTY);
