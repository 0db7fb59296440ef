import { createRequire } from 'node:module';
import type { ApiHandlers } from '../../../shared/api/contract.js';
import { backupDatabase, restoreDatabase } from '../db/backup-db.js';
import { listJobs } from '../db/jobs.js';
import { SCHEMA_VERSION } from '../db/migrations/index.js';
import type { Db } from '../db/open-db.js';
import { lockJob, type JobLock } from '../jobs/job-lock.js';
import { BusyError } from './typed-errors.js';
import { outputPath } from './write-output.js';

export const BACKUP_EXTENSIONS = ['.sqlite', '.db'] as const;

export interface DbContext {
  db: Db;
  dbPath: string;
  /** What this core is doing that a restore would pull the database from under (a sort, a watch, a sync), or null. */
  busyWith: () => Promise<string | null>;
  /** Runs `work` with the background sync's own sends held. */
  holdSync: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * Every job's lock, as a sort or delete takes it, so that no other Shootdesk (a `shootdesk sort` in
 * a terminal) starts on a job while its rows are replaced. Returns null, holding none, if one is taken.
 */
function lockEveryJob(db: Db, dbPath: string): { locks: JobLock[]; taken: null } | { locks: null; taken: string } {
  const locks: JobLock[] = [];
  for (const job of listJobs(db)) {
    const lock = lockJob(dbPath, job.name);
    if (!lock) {
      for (const held of locks) held.release();
      return { locks: null, taken: job.name };
    }
    locks.push(lock);
  }
  return { locks, taken: null };
}

/** Backing up and restoring the whole database with SQLite's online backup, never a file copy. */
export function dbHandlers({ db, dbPath, busyWith, holdSync }: DbContext): Pick<ApiHandlers, 'db.backup' | 'db.restore' | 'db.versions'> {
  return {
    'db.backup': async ({ file }) => {
      const full = await outputPath(db, file, BACKUP_EXTENSIONS, 'backup');
      await backupDatabase(db, full);
      return { file: full };
    },
    'db.restore': async ({ file }) => {
      const busy = await busyWith();
      if (busy) throw new BusyError(`cannot restore while ${busy}: stop it or let it finish, then restore`);
      const { locks, taken } = lockEveryJob(db, dbPath);
      if (!locks) throw new BusyError(`cannot restore while job "${taken}" is being sorted or deleted by another Shootdesk; let it finish, then restore`);
      try {
        return await holdSync(() => restoreDatabase(db, dbPath, file, new Date()));
      } finally {
        for (const lock of locks) lock.release();
      }
    },
    'db.versions': () => {
      const { version } = createRequire(import.meta.url)('better-sqlite3/package.json') as { version: string };
      return Promise.resolve({ betterSqlite3: version, sqlite: db.prepare('SELECT sqlite_version()').pluck().get() as string, schema: SCHEMA_VERSION });
    },
  };
}
