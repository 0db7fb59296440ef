import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/app/create-core.js';
import { generateShoot, unlockShoot } from './shoot/generate-shoot.js';
import type { ShootManifest } from './shoot/manifest.js';
import { writeNamesCsv } from './shoot/names-csv.js';
import { trapsShootSpec } from './shoot/shoot-spec.js';

export interface SortedTrapsJob {
  work: string;
  manifest: ShootManifest;
  core: Core;
  /** The job's database, `db.sqlite` in `work`. */
  dbPath: string;
  close: () => Promise<void>;
}

/** A hostile school day (the traps shoot) sorted with its names list by a core of its own, in a fresh folder. */
export async function sortTrapsJob(job: string, seed: number): Promise<SortedTrapsJob> {
  const work = mkdtempSync(join(tmpdir(), 'shootdesk-sorted-traps-'));
  const manifest = await generateShoot(join(work, 'shoot'), trapsShootSpec({ seed }));
  const names = join(work, 'names.csv');
  await writeNamesCsv(manifest, names, { variant: 'comma' });
  const dbPath = join(work, 'db.sqlite');
  const core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
  await core.handlers['sort.run']({ folder: manifest.root, job, names });
  const close = async (): Promise<void> => {
    await core.close();
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  };
  return { work, manifest, core, dbPath, close };
}
