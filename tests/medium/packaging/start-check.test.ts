import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

interface Setup {
  startProblems(root: string, nativeDir: string): string[];
}

/** A checkout's node_modules/electron as npm leaves it: with its binary or (ELECTRON_SKIP_BINARY_DOWNLOAD) without. */
function electronPackage(root: string, version: string, binary: boolean): void {
  const dir = join(root, 'node_modules', 'electron');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version }));
  if (binary) {
    writeFileSync(join(dir, 'path.txt'), 'electron');
    writeFileSync(join(dir, 'dist', 'electron'), '');
  }
}

function nativeBuild(dir: string, electron: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'better_sqlite3.node'), '');
  writeFileSync(join(dir, 'stamp.json'), JSON.stringify({ electron, betterSqlite3: '12.6.2' }));
}

describe('what npm start needs, said before it starts', () => {
  let work: string;
  let setup: Setup;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-start-'));
    setup = (await import(join(REPO, 'scripts', 'electron-setup.mjs'))) as Setup;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    { name: 'everything there', binary: true, native: '45.4.1', problems: [] },
    { name: 'Electron installed without its binary', binary: false, native: '45.4.1', problems: [/^Electron itself is not installed .*node node_modules\/electron\/install\.js/] },
    { name: 'no Electron build of better-sqlite3', binary: true, native: null, problems: [/^The Electron build of better-sqlite3 is missing \(it has not been built\): run `npm run electron:native`/] },
    { name: 'a build for the Electron before an upgrade', binary: true, native: '44.0.0', problems: [/built for Electron 44\.0\.0, not 45\.4\.1/] },
    { name: 'neither', binary: false, native: null, problems: [/^Electron itself/, /^The Electron build/] },
  ])('$name', ({ name, binary, native, problems }) => {
    const root = join(work, name.replaceAll(' ', '-'));
    electronPackage(root, '45.4.1', binary);
    if (native) nativeBuild(join(root, 'electron-native'), native);
    const said = setup.startProblems(root, join(root, 'electron-native'));
    expect(said).toHaveLength(problems.length);
    problems.forEach((pattern, index) => expect(said[index]).toMatch(pattern));
  });

  it('stops `npm start` with the sentences and no stack trace, and the install goes on without the Electron build', () => {
    const root = join(work, 'checkout');
    mkdirSync(root);
    cpSync(join(REPO, 'scripts'), join(root, 'scripts'), { recursive: true });
    electronPackage(root, '45.4.1', false);
    const start = spawnSync(process.execPath, [join(root, 'scripts', 'check-start.mjs')], { encoding: 'utf8' });
    expect(start.status).toBe(1);
    expect(start.stderr).toMatch(/^npm start cannot open Shootdesk yet\.\n- Electron itself is not installed/);
    expect(start.stderr).not.toMatch(/\n\s+at /);

    mkdirSync(join(root, 'node_modules', 'better-sqlite3'));
    writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ version: '12.6.2' }));
    const install = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    expect(install.status).toBe(0);
    expect(install.stdout).toMatch(/^Skipped the Electron build of better-sqlite3: ELECTRON_SKIP_BINARY_DOWNLOAD is set/);
  });
});
