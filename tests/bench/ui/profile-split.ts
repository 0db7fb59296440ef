import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySplit } from '../../../electron/core/db/apply-split.js';
import { findJob } from '../../../electron/core/db/jobs.js';
import { openDatabase } from '../../../electron/core/db/open-db.js';
import { codeClassifier } from '../../../electron/core/jobs/classify-code.js';
import { loadSortInput } from '../../../electron/core/jobs/load-sort-input.js';
import { splitInOrder } from '../../../electron/core/sort/split-by-cards.js';
import { findPhotos } from '../../../electron/core/tagging/find-photos.js';
import { jobFolder } from '../../../electron/core/tagging/job-folder.js';
import type { BigJob } from './build-big-job.js';

export interface SplitProfile {
  /** Finding the named photos' ids (findPhotos), ms per run. */
  findMs: number[];
  /**
   * Reading the job's photos and decisions for the split (loadSortInput): the first run reads every
   * photo and orders them, later ones only the decisions (facts and order are kept, sort-facts.ts,
   * facts-order.ts).
   */
  loadMs: number[];
  /** The split itself, in memory, from the kept order (splitInOrder). */
  splitMs: number[];
  /** Storing it (applySplit): links, kinds, index photos, review items. */
  applyMs: number[];
}

/**
 * The parts of an assign timed one by one on a copy of the job, the way split-job.ts and
 * tag-photos.ts chain them: which of them the 1,000-photo assign's time goes to.
 */
export function profileSplit(job: BigJob, jobName: string, photos: readonly string[], runs: number): SplitProfile {
  const work = mkdtempSync(join(tmpdir(), 'shootdesk-bench-split-'));
  const dbPath = join(work, 'job.sqlite');
  copyFileSync(job.dbFile, dbPath);
  const db = openDatabase(dbPath);
  const profile: SplitProfile = { findMs: [], loadMs: [], splitMs: [], applyMs: [] };
  const time = <T>(into: number[], work: () => T): T => {
    const started = performance.now();
    const result = work();
    into.push(performance.now() - started);
    return result;
  };
  try {
    const row = findJob(db, jobName);
    const folder = row ? jobFolder(db, row.id) : null;
    if (!row || folder === null) throw new Error(`no job "${jobName}" with photos`);
    for (let run = 0; run < runs; run += 1) {
      time(profile.findMs, () => findPhotos(db, row.id, folder, photos));
      const input = time(profile.loadMs, () => loadSortInput(db, row.id, folder));
      const split = time(profile.splitMs, () => splitInOrder(input.order, codeClassifier(db, row.id)));
      time(profile.applyMs, () => applySplit(db, row.id, split));
    }
    return profile;
  } finally {
    db.close();
    rmSync(work, { recursive: true, force: true });
  }
}
