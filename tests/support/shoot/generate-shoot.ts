import { chmod, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestFile, ShootManifest } from './manifest.js';
import { planShoot, type ShootPlan } from './plan-shoot.js';
import type { PlannedFile } from './planned-file.js';
import { runPool } from './run-pool.js';
import { writePlannedFile } from './write-file.js';
import { hashSpec, resolveSpec, type ResolvedSpec, type ShootSpec } from './shoot-spec.js';

/** Writes a shoot of real JPEGs into `dir` (created if missing) and says what a correct sort makes of each file. */
export async function generateShoot(dir: string, spec: ShootSpec = {}): Promise<ShootManifest> {
  const resolved = resolveSpec(spec);
  const plan = planShoot(resolved);
  const root = path.resolve(dir);
  await mkdir(root, { recursive: true });
  const isCopy = (file: PlannedFile): boolean => file.content.type === 'copy';
  await runPool(plan.files.filter((f) => !isCopy(f)), resolved.concurrency, (file) => writePlannedFile(root, file, resolved));
  await runPool(plan.files.filter(isCopy), 1, (file) => writePlannedFile(root, file, resolved));
  const lockedDirs = [];
  for (const dir of plan.lockedDirs) lockedDirs.push({ path: dir, unreadable: await lockDir(path.join(root, ...dir.split('/'))) });
  return manifestOf(root, resolved, plan, lockedDirs);
}

/** The manifest of a shoot generated earlier from the same spec, without touching the disk. */
export function manifestOf(root: string, spec: ResolvedSpec, plan: ShootPlan, lockedDirs: ShootManifest['lockedDirs']): ShootManifest {
  const unreadable = lockedDirs.filter((d) => d.unreadable).map((d) => `${d.path}/`);
  const files = plan.files.map(({ content: _content, shotAtMs: _shotAtMs, ...file }): ManifestFile =>
    unreadable.some((dir) => file.path.startsWith(dir)) ? { ...file, expected: { kind: 'error' } } : file,
  );
  return {
    name: spec.name,
    root,
    seed: spec.seed,
    specHash: hashSpec(spec),
    width: spec.width,
    height: spec.height,
    cameras: plan.cameras.map(({ id, folder, make, model, serial, clockOffsetSeconds }) => ({ id, folder, make, model, serial, clockOffsetSeconds })),
    subjects: plan.subjects,
    files,
    lockedDirs,
  };
}

/** Gives the locked folders back their permissions, so the shoot can be deleted. */
export async function unlockShoot(manifest: ShootManifest): Promise<void> {
  for (const dir of manifest.lockedDirs) await chmod(path.join(manifest.root, ...dir.path.split('/')), 0o755);
}

/** chmod 000; true when that actually blocks reading (it does not for root). */
async function lockDir(dir: string): Promise<boolean> {
  await chmod(dir, 0o000);
  try {
    await readdir(dir);
    return false;
  } catch {
    return true;
  }
}
