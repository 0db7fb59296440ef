import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateShoot, manifestOf } from './generate-shoot.js';
import type { ShootManifest } from './manifest.js';
import { planShoot } from './plan-shoot.js';
import { hashSpec, resolveSpec, type ShootSpec } from './shoot-spec.js';

const COMPLETE = '.complete';
const GENERATING = '.generating';

/** 24-MP camera JPEGs (about 8 MB each) from two bodies, a card before every four photos. */
export function benchShootSpec(count = 200): ShootSpec {
  return {
    name: 'bench',
    seed: 2024,
    subjects: Math.ceil(count / 5),
    photosPerSubject: [4, 4],
    width: 6000,
    height: 4000,
    quality: 90,
    traps: ['url-cards', 'rotated-cards'],
  };
}

/**
 * The benchmark shoot, generated once: a later call with the same spec finds `<dir>/.complete` holding the
 * spec's hash and only rebuilds the manifest, which needs no pixels.
 */
export function generateBenchShoot(dir: string, count = 200): Promise<ShootManifest> {
  return generateCachedShoot(dir, benchShootSpec(count));
}

/** Any shoot, generated once into `dir` and found again by its spec's hash. */
export async function generateCachedShoot(dir: string, shootSpec: ShootSpec): Promise<ShootManifest> {
  const spec = resolveSpec(shootSpec);
  const hash = hashSpec(spec);
  const root = path.resolve(dir);
  const marker = await readFile(path.join(root, COMPLETE), 'utf8').catch(() => undefined);
  if (marker?.trim() === hash) return manifestOf(root, spec, planShoot(spec), []);
  await clearStaleShoot(root, marker !== undefined);
  await mkdir(root, { recursive: true });
  await writeFile(path.join(root, GENERATING), hash);
  const manifest = await generateShoot(root, spec);
  await rm(path.join(root, GENERATING), { force: true });
  await writeFile(path.join(root, COMPLETE), hash);
  return manifest;
}

/** Deletes an older or half-written bench shoot, but never a folder this generator did not make. */
async function clearStaleShoot(root: string, complete: boolean): Promise<void> {
  const entries = await readdir(root).catch(() => [] as string[]);
  if (entries.length === 0) return;
  if (!complete && !entries.includes(GENERATING)) throw new Error(`${root} is not empty and holds no bench shoot: refusing to overwrite it`);
  await rm(root, { recursive: true, force: true });
}
