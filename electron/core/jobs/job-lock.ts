import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sqliteOptions } from '../db/sqlite-binding.js';

export interface JobLock {
  release(): void;
}

/** Job names compare like the jobs table's NOCASE collation: ASCII letters only. */
function foldName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/**
 * Marks a job as busy (being sorted or deleted) for every Shootdesk that opens the same database:
 * the desktop app, a `shootdesk sort`, a `shootdesk jobs delete` in another terminal. The mark is
 * SQLite's write lock on a small file beside the database, so the operating system drops it when
 * the holder exits or crashes: no stale mark to clean up, no process id that may have been reused.
 * Returns null when another holder has it. The files stay: unlinking one that another process has
 * just opened would let two holders in.
 */
export function lockJob(dbPath: string, jobName: string): JobLock | null {
  const folder = join(dirname(dbPath), `${basename(dbPath)}.locks`);
  mkdirSync(folder, { recursive: true });
  const key = createHash('sha256').update(foldName(jobName)).digest('hex').slice(0, 24);
  const file = new Database(join(folder, `job-${key}.lock`), sqliteOptions({ timeout: 0 }));
  try {
    file.exec('BEGIN IMMEDIATE');
  } catch (error) {
    file.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return null;
    throw error;
  }
  return {
    release() {
      file.exec('ROLLBACK');
      file.close();
    },
  };
}
