import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { afterAll, describe, expect, it } from 'vitest';
import { findOrCreateAlbum } from '../../../electron/core/db/albums.js';
import { findOrCreateJob } from '../../../electron/core/db/jobs.js';
import { openDatabase } from '../../../electron/core/db/open-db.js';
import { listFailedFiles, listPendingPhotos, registerFiles } from '../../../electron/core/db/photos.js';
import type { AnalysisOutcome } from '../../../electron/core/db/photos.js';
import { analysePending } from '../../../electron/core/scan/analyse-pending.js';
import type { AnalyseTask } from '../../../electron/core/scan/analyse-photo.js';
import { createAnalysePool } from '../../../electron/core/scan/analyse-pool.js';
import { walkFolder } from '../../../electron/core/scan/walk-folder.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootSpec } from '../../support/shoot/shoot-spec.js';

const work = mkdtempSync(join(tmpdir(), 'shootdesk-pending-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A generated shoot registered in a fresh store: every photo pending, nothing analysed yet. */
async function registeredShoot(name: string, spec: ShootSpec) {
  const manifest = await generateShoot(join(work, `${name}-shoot`), spec);
  const db = openDatabase(join(work, `${name}.sqlite`));
  const job = findOrCreateJob(db, name);
  const { files } = await walkFolder(manifest.root);
  registerFiles(db, job.id, findOrCreateAlbum(db, job.id, 'shoot'), manifest.root, files);
  return { manifest, db, job, files };
}

describe('analysePending', () => {
  it('analyses every pending photo on a wide pool without warnings about the shared cancel signal', async () => {
    const { db, job } = await registeredShoot('Wide', { seed: 4, subjects: 6, photosPerSubject: [2, 3] });

    const warnings: Error[] = [];
    const onWarning = (warning: Error): number => warnings.push(warning);
    process.on('warning', onWarning);
    // Eight workers taking two photos each keep 32 tasks listening on one signal.
    const pool = createAnalysePool(8);
    try {
      await analysePending(db, listPendingPhotos(db, job.id), { pool, cacheDir: join(work, 'cache'), signal: new AbortController().signal });
    } finally {
      await pool.destroy();
      process.off('warning', onWarning);
    }
    expect(listPendingPhotos(db, job.id)).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([]);
    db.close();
  });

  it('fails only the photo whose worker task dies, naming it, and analyses the rest', async () => {
    const { manifest, db, job, files } = await registeredShoot('Crashy', { seed: 5, subjects: 3, photosPerSubject: [2, 2] });
    const crashing = files.find((f) => f.relPath.endsWith('_0002.JPG'));
    expect(crashing).toBeDefined();

    const pool = new Piscina<AnalyseTask, AnalysisOutcome>({ filename: join(import.meta.dirname, '..', '..', 'fixtures', 'workers', 'crash-on-second.mjs'), maxThreads: 2 });
    try {
      await analysePending(db, listPendingPhotos(db, job.id), { pool, cacheDir: join(work, 'cache') });
    } finally {
      await pool.destroy();
    }
    expect(listFailedFiles(db, job.id)).toEqual([{ root: manifest.root, relPath: crashing?.relPath, message: 'could not be analysed: the decoder crashed' }]);
    expect(listPendingPhotos(db, job.id).map((p) => p.relPath)).toEqual([crashing?.relPath]);
    db.close();
  });
});
