import type { MethodOutput } from '../../../shared/api/contract.js';
import type { Db } from '../db/open-db.js';
import { lockJob } from '../jobs/job-lock.js';
import { BusyError } from './typed-errors.js';
import { clearSortRun, listSortRuns, sortRunProgress } from '../jobs/sort-runs.js';

/** A record whose job nobody holds: the sort that wrote it is no longer running anywhere. */
function stopped(dbPath: string, job: string): boolean {
  const lock = lockJob(dbPath, job);
  lock?.release();
  return lock !== null;
}

/**
 * The sorts that were killed or crashed. A record is also there while its sort runs, in this or
 * another Shootdesk on the same database: the job's lock tells the two apart.
 */
export function interruptedSorts(db: Db, dbPath: string): MethodOutput<'sort.interrupted'> {
  return listSortRuns(db)
    .filter((run) => stopped(dbPath, run.job))
    .map((run) => ({ job: run.job, folder: run.folder, startedAt: run.startedAt, ...sortRunProgress(db, run.job, run.folder) }));
}

/** Forgets an interrupted sort; one still running keeps its record. */
export function dismissSort(db: Db, dbPath: string, job: string): boolean {
  if (!stopped(dbPath, job)) throw new BusyError(`job "${job}" is being sorted right now; cancel that sort instead`);
  return clearSortRun(db, job);
}
