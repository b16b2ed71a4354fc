// Store readiness: the source archive (scripts/package-source.mjs) rebuilds the store zips byte for
// byte. The archive is unpacked in a temporary folder, built there with the commands BUILDING.md
// gives, and each zip's SHA-256 is compared with the zips `npm run build` made in this checkout.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const zips = ['chrome', 'firefox'].map((target) => `dist/zips/plain-notice-${target}-${version}.zip`);
const LOCAL_HEADER = 0x04034b50;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

describe('the store zips rebuild from the source archive', { timeout: 120_000 }, () => {
  it('each zip holds exactly its build folder, with one fixed time on every entry', () => {
    for (const target of ['chrome', 'firefox']) {
      const zip = join(ROOT, `dist/zips/plain-notice-${target}-${version}.zip`);
      if (!existsSync(zip)) throw new Error(`${zip} is missing: run "npm run build" (npm test does it first).`);
      const entries = unzipSync(readFileSync(zip));
      const built = readdirSync(join(ROOT, 'dist', target), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
        .map((e) => relative(join(ROOT, 'dist', target), join(e.parentPath, e.name)).split(sep).join('/'));
      expect(Object.keys(entries).sort()).toEqual(built.sort());
      for (const [name, data] of Object.entries(entries)) expect(Buffer.from(data).equals(readFileSync(join(ROOT, 'dist', target, name))), name).toBe(true);
      // Walk the local file headers: each carries the same DOS time and date (bytes 10–13).
      const bytes = readFileSync(zip);
      const stamps: string[] = [];
      for (let i = 0; bytes.readUInt32LE(i) === LOCAL_HEADER; i += 30 + bytes.readUInt16LE(i + 26) + bytes.readUInt16LE(i + 28) + bytes.readUInt32LE(i + 18)) {
        stamps.push(bytes.subarray(i + 10, i + 14).toString('hex'));
      }
      expect(stamps).toHaveLength(built.length);
      expect(new Set(stamps).size).toBe(1);
    }
  });

  const work = mkdtempSync(join(tmpdir(), 'pn-rebuild-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives the same Firefox and Chrome zips, byte for byte', () => {
    for (const zip of zips) if (!existsSync(join(ROOT, zip))) throw new Error(`${zip} is missing: run "npm run build" (npm test does it first).`);
    // On a clean clone the archive is HEAD's. While files are being changed, it is the working tree
    // as a commit (git stash create), plus any new files, so the comparison is like for like.
    const commit = git('stash', 'create') || 'HEAD';
    const archive = execFileSync(process.execPath, ['scripts/package-source.mjs', commit], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
    const prefix = `plain-notice-${version}/`;
    for (const [name, data] of Object.entries(unzipSync(readFileSync(join(ROOT, archive))))) {
      if (name.endsWith('/')) continue;
      expect(name.startsWith(prefix), name).toBe(true);
      mkdirSync(dirname(join(work, name.slice(prefix.length))), { recursive: true });
      writeFileSync(join(work, name.slice(prefix.length)), data);
    }
    for (const file of git('ls-files', '--others', '--exclude-standard').split('\n').filter(Boolean)) {
      mkdirSync(dirname(join(work, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(work, file));
    }
    // The same locked dependencies as `npm ci` would install (linked: a second install takes long).
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    const started = Date.now();
    // In the environment a person building has, not vitest's (NODE_ENV=test changes what is bundled).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
    execFileSync('npm', ['run', 'build'], { cwd: work, stdio: 'pipe', env });
    console.log(`rebuilt from the source archive in ${Date.now() - started} ms`);
    for (const zip of zips) expect(sha256(join(work, zip)), zip).toBe(sha256(join(ROOT, zip)));
  });
});
