import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Arch, build, Platform, type Configuration } from 'electron-builder';
import yaml from 'js-yaml';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The fuse wire as a stock Electron ships it: run as node, NODE_OPTIONS, --inspect and file:// privileges on. */
const STOCK_WIRE = [49, 48, 49, 49, 48, 48, 48, 49];
const RUN_AS_NODE_AT = 0;

/**
 * An Electron distribution with no Electron in it: the binary is random bytes around a stock fuse
 * wire, where @electron/fuses finds it in a real one. Enough for electron-builder to lay out, fill
 * and fuse a package here, where Electron itself cannot be downloaded.
 */
function fakeElectronDist(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const filler = () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
  writeFileSync(join(dir, 'electron'), Buffer.concat([filler(), Buffer.from(SENTINEL), Buffer.from([1, STOCK_WIRE.length, ...STOCK_WIRE]), filler()]), { mode: 0o755 });
  writeFileSync(join(dir, 'version'), '45.4.1');
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
}

const checkPackage = (appDir: string) => spawnSync(process.execPath, [join(REPO, 'scripts', 'check-package.mjs'), appDir], { cwd: REPO, encoding: 'utf8' });

describe('the packaged app (electron-builder on a stand-in Electron)', () => {
  let work: string;
  let appDir: string;

  beforeAll(async () => {
    for (const built of ['out/main/index.js', 'out/renderer/index.html']) {
      if (!existsSync(join(REPO, built))) throw new Error(`${built} is missing: run npx electron-vite build first (npm test does)`);
    }
    work = mkdtempSync(join(tmpdir(), 'shootdesk-package-'));
    fakeElectronDist(join(work, 'electron-dist'));
    // Stands in for the Electron build of better-sqlite3, which needs Electron's headers from the internet.
    mkdirSync(join(work, 'electron-native'));
    copyFileSync(join(REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), join(work, 'electron-native', 'better_sqlite3.node'));
    const config = yaml.load(readFileSync(join(REPO, 'electron-builder.yml'), 'utf8')) as Configuration;
    await build({
      projectDir: REPO,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        ...config,
        directories: { ...config.directories, output: join(work, 'release') },
        electronDist: join(work, 'electron-dist'),
        electronVersion: '45.4.1',
        extraResources: [{ from: join(work, 'electron-native'), to: 'electron-native', filter: ['*.node'] }],
      },
    });
    appDir = join(work, 'release', 'linux-unpacked');
  }, 240_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has every fuse flipped as configured, all the app imports inside and no server library, the native parts on disk', () => {
    const run = checkPackage(appDir);
    expect(run.stdout + run.stderr).toMatch(/^✓ .*every fuse as set, \d+ packages the app imports all inside/);
    expect(run.status).toBe(0);
  });

  it('says which fuse is wrong, and that the Electron build of better-sqlite3 is missing', () => {
    const binary = join(appDir, 'shootdesk');
    const bytes = readFileSync(binary);
    bytes[bytes.indexOf(SENTINEL) + SENTINEL.length + 2 + RUN_AS_NODE_AT] = 49;
    writeFileSync(binary, bytes);
    rmSync(join(appDir, 'resources', 'electron-native'), { recursive: true });
    const run = checkPackage(appDir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ fuse runAsNode is on in shootdesk; electron-builder.yml wants it off');
    expect(run.stdout).toMatch(/✗ the Electron build of better-sqlite3 is not on disk beside app.asar .*npm run electron:native/);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('the icon', () => {
  it('is the rendering of resources/icon.svg, 1024 px square (run `npm run icons` after editing the SVG)', async () => {
    const committed = sharp(join(REPO, 'resources', 'icon.png'));
    expect(await committed.metadata()).toMatchObject({ width: 1024, height: 1024, format: 'png' });
    const { renderIcon } = (await import(join(REPO, 'scripts', 'make-icons.mjs'))) as { renderIcon: () => Sharp };
    const [fresh, stored] = await Promise.all([renderIcon().raw().toBuffer(), committed.raw().toBuffer()]);
    expect(fresh.equals(stored)).toBe(true);
  });
});
