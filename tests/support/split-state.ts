import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { findJob, type JobRow } from '../../electron/core/db/jobs.js';
import { openDatabase, type Db } from '../../electron/core/db/open-db.js';
import { jobFolder } from '../../electron/core/tagging/job-folder.js';

/** Everything a split stores, without ids of review items and timestamps (neither says what a parent sees). */
export function dumpSplitState(db: Db): unknown {
  return {
    links: db.prepare('SELECT photo_id, subject_id, source FROM photo_subjects ORDER BY photo_id, subject_id').raw().all(),
    kinds: db.prepare('SELECT id, kind, hidden FROM photos ORDER BY id').raw().all(),
    indexPhotos: db.prepare('SELECT id, index_photo_id FROM subjects ORDER BY id').raw().all(),
    review: db
      .prepare(
        `SELECT r.reason, r.message, (SELECT group_concat(photo_id || '@' || position) FROM
           (SELECT photo_id, position FROM review_item_photos WHERE review_id = r.id ORDER BY position)) AS photos
         FROM review_items r WHERE r.resolved_at IS NULL ORDER BY r.id`,
      )
      .raw()
      .all(),
  };
}

/**
 * Runs `work` on a copy of the database (at `copyPath`, removed afterwards) whose stored split of the job
 * is wiped: no card link, open review item or index photo to keep, as a split from nothing starts.
 * `folder` names the photos in review messages; by default the job's own folder.
 */
export function onCopyWithoutSplit<T>(dbPath: string, copyPath: string, jobName: string, work: (db: Db, job: JobRow, folder: string) => T, folder?: string): T {
  const source = new Database(dbPath, { readonly: true });
  try {
    source.prepare('VACUUM INTO ?').run(copyPath);
  } finally {
    source.close();
  }
  const db = openDatabase(copyPath);
  try {
    const job = findJob(db, jobName);
    const named = folder ?? (job ? jobFolder(db, job.id) : null);
    if (!job || named === null) throw new Error(`no job ${jobName} in ${copyPath}`);
    db.prepare(`DELETE FROM photo_subjects WHERE source = 'card'`).run();
    db.prepare('DELETE FROM review_items').run();
    db.prepare('UPDATE subjects SET index_photo_id = NULL').run();
    return work(db, job, named);
  } finally {
    db.close();
    rmSync(copyPath, { force: true });
  }
}
