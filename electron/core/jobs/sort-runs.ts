import type { Db } from '../db/open-db.js';

/** A sort under way, as it was asked for: running it again with these arguments goes on from where it stopped. */
export interface SortRun {
  job: string;
  folder: string;
  names: string | undefined;
  pause: number | 'auto' | undefined;
  startedAt: string;
}

interface SortRunRow {
  job: string;
  folder: string;
  names_file: string | null;
  pause: string | null;
  started_at: string;
}

const COLUMNS = 'job, folder, names_file, pause, started_at';

function runOf(row: SortRunRow): SortRun {
  return {
    job: row.job,
    folder: row.folder,
    names: row.names_file ?? undefined,
    pause: row.pause === null ? undefined : row.pause === 'auto' ? 'auto' : Number(row.pause),
    startedAt: row.started_at,
  };
}

/** A new sort of the job replaces the record of one that stopped: it goes on with that one's photos. */
export function recordSortRun(db: Db, run: SortRun): void {
  db.prepare(`INSERT OR REPLACE INTO sort_runs (${COLUMNS}) VALUES (?, ?, ?, ?, ?)`).run(
    run.job,
    run.folder,
    run.names ?? null,
    run.pause === undefined ? null : String(run.pause),
    run.startedAt,
  );
}

/** Returns whether there was a record to clear. */
export function clearSortRun(db: Db, job: string): boolean {
  return db.prepare('DELETE FROM sort_runs WHERE job = ?').run(job).changes > 0;
}

export function sortRunOf(db: Db, job: string): SortRun | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM sort_runs WHERE job = ?`).get(job) as SortRunRow | undefined;
  return row && runOf(row);
}

/** Each under its job's name as the jobs list spells it, once the sort has created the job. */
export function listSortRuns(db: Db): SortRun[] {
  return (
    db
      .prepare(
        `SELECT coalesce(j.name, r.job) AS job, r.folder, r.names_file, r.pause, r.started_at
         FROM sort_runs r LEFT JOIN jobs j ON j.name = r.job ORDER BY r.started_at, r.job`,
      )
      .all() as SortRunRow[]
  ).map(runOf);
}

/** The record follows its job when the job is renamed. */
export function renameSortRun(db: Db, from: string, to: string): void {
  db.prepare('UPDATE sort_runs SET job = ? WHERE job = ?').run(to, from);
}

/**
 * How far a sort of `folder` got: the job's photos from that folder already read (analysed, or
 * found unreadable) of those found there. Zero found: it stopped before its walk had ended.
 */
export function sortRunProgress(db: Db, job: string, folder: string): { analysed: number; found: number } {
  return db
    .prepare(
      `SELECT count(p.qr_at) AS analysed, count(p.id) AS found
       FROM jobs j JOIN photos p ON p.job_id = j.id AND p.root = ?
       WHERE j.name = ?`,
    )
    .get(folder, job) as { analysed: number; found: number };
}
