import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { migrate, SCHEMA_VERSION } from './migrations/index.js';
import type { Db } from './open-db.js';
import { sqliteOptions } from './sqlite-binding.js';

/** Tables every Shootdesk database has had since its first schema. */
const SHOOTDESK_TABLES = ['jobs', 'subjects', 'photos', 'access_codes'];

/**
 * Copies the live database with SQLite's online backup, page by page between other work: writes
 * made meanwhile end up in the copy, which is consistent as of its last step. The copy is made
 * beside its name and renamed over it when complete, so a crash never leaves a half backup there.
 */
export async function backupDatabase(db: Db, file: string): Promise<void> {
  const partial = `${file}.${process.pid}.part`;
  try {
    await rm(partial, { force: true });
    await db.backup(partial);
    // The copy inherits WAL from the live file; a backup is one file to keep or send, with no -wal beside it.
    const copy = new Database(partial, sqliteOptions());
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * What makes `file` a database this Shootdesk can restore: SQLite's own integrity check passes, it
 * has Shootdesk's tables, and its schema is not newer than this app's. Returns its schema version;
 * throws, naming the file and why, otherwise. Opened read-only: a refused file is left as it was.
 */
export function checkBackupFile(file: string): number {
  const full = resolve(file);
  if (!existsSync(full)) throw new Error(`${full} does not exist: choose the backup file to restore`);
  let source: Db | undefined;
  try {
    source = new Database(full, sqliteOptions({ readonly: true, fileMustExist: true }));
    const problems = (source.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (problems.length > 0) throw new Error(`${full} is damaged (${problems.slice(0, 3).join('; ')}): restore another backup`);
    const version = source.pragma('user_version', { simple: true }) as number;
    const tables = new Set(source.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    if (version === 0 || !SHOOTDESK_TABLES.every((table) => tables.has(table))) throw new Error(`${full} is not a Shootdesk database (another program's, or empty): choose a Shootdesk backup`);
    if (version > SCHEMA_VERSION) throw new Error(`${full} was written by a newer Shootdesk (schema ${version}, this app knows ${SCHEMA_VERSION}): update Shootdesk to restore it`);
    return version;
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB') throw new Error(`${full} is not a Shootdesk database (another kind of file): choose a Shootdesk backup`, { cause: error });
    if (code.startsWith('SQLITE_CORRUPT')) throw new Error(`${full} is damaged (truncated or corrupt): restore another backup`, { cause: error });
    if (code.startsWith('SQLITE_CANTOPEN')) throw new Error(`${full} could not be opened (a folder, or not readable): choose the backup file to restore`, { cause: error });
    throw error;
  } finally {
    source?.close();
  }
}

/**
 * Where the database as it was before a restore is kept: beside it, named with the date and time,
 * never over an earlier one.
 */
export function keptCopyName(dbPath: string, at: Date, taken: (file: string) => boolean = existsSync): string {
  const extension = extname(dbPath);
  const stem = basename(dbPath, extension);
  const stamp = at.toISOString().slice(0, 19).replace('T', ' ').replaceAll(':', '-');
  for (let n = 1; ; n += 1) {
    const file = join(dirname(dbPath), `${stem} before restore ${stamp}${n === 1 ? '' : ` (${n})`}${extension}`);
    if (!taken(file)) return file;
  }
}

export interface Restored {
  /** The database as it was, kept beside it. */
  kept: string;
  /** The backup's schema, and the schema it was brought up to. */
  fromVersion: number;
  version: number;
}

/**
 * Replaces the live database's content with a checked backup's through SQLite's online backup, so
 * the open connection (and any other Shootdesk's) sees the restored pages rather than a file swapped
 * under it; then brings an older backup's schema up to date on that same connection.
 */
export async function restoreDatabase(db: Db, dbPath: string, file: string, at: Date): Promise<Restored> {
  const full = resolve(file);
  if (full === resolve(dbPath)) throw new Error(`${full} is the database in use: choose a backup of it`);
  const fromVersion = checkBackupFile(full);
  const kept = keptCopyName(dbPath, at);
  await backupDatabase(db, kept);
  const source = new Database(full, sqliteOptions({ readonly: true, fileMustExist: true }));
  try {
    await source.backup(dbPath);
  } finally {
    source.close();
  }
  return { kept, fromVersion, version: migrate(db, dbPath) };
}
