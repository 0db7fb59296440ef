import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../electron/core/app/create-core.js';
import { generateShoot } from '../shoot/generate-shoot.js';
import type { ShootManifest } from '../shoot/manifest.js';
import { writeNamesCsv } from '../shoot/names-csv.js';
import type { ShootSpec } from '../shoot/shoot-spec.js';

export const JOB = 'Spring';

export interface SellingJob {
  manifest: ShootManifest;
  /** The desktop's store with the job sorted, activated and selling, nothing sent yet. */
  dbPath: string;
  /** Bytes of the photos a parent sees: what the sync must upload, each once. */
  galleryBytes: number;
  /** The photos the outbox holds a mark for: the records the shop must end up with. */
  photoIds: number[];
  /** The job's id at the shop. */
  jobSyncId: string;
}

/** A generated shoot, sorted with its names list, every code activated and the job set to selling. */
export async function prepareSellingJob(work: string, spec: ShootSpec): Promise<SellingJob> {
  const manifest = await generateShoot(join(work, 'shoot'), spec);
  const names = join(work, 'names.csv');
  await writeNamesCsv(manifest, names);
  const dbPath = join(work, 'prepared.sqlite');
  const core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
  try {
    await core.handlers['sort.run']({ folder: manifest.root, job: JOB, names });
    await core.handlers['jobs.setStatus']({ name: JOB, status: 'selling' });
    await core.handlers['codes.activate']({ job: JOB, all: true, codes: [] });
    const report = await core.handlers['galleries.get']({ job: JOB });
    const shown = new Set(report.galleries.flatMap((gallery) => gallery.photos));
    const galleryBytes = [...shown].reduce((sum, name) => sum + statSync(join(manifest.root, name)).size, 0);
    const db = new Database(dbPath, { readonly: true });
    const photoIds = db.prepare(`SELECT entity_id FROM outbox WHERE kind = 'photo' ORDER BY entity_id`).pluck().all() as number[];
    const jobSyncId = db.prepare('SELECT sync_id FROM jobs WHERE name = ?').pluck().get(JOB) as string;
    db.close();
    return { manifest, dbPath, galleryBytes, photoIds, jobSyncId };
  } finally {
    await core.close();
  }
}

/** A copy of the prepared store (SQLite's online backup), for one run of the sync against a fresh shop. */
export async function copyStore(job: SellingJob, to: string): Promise<string> {
  const source = new Database(job.dbPath, { readonly: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
  return to;
}
