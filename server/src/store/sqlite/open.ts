import Database from 'better-sqlite3';
import { migrate } from './migrations/index.js';

export type Db = Database.Database;

/** Opens (creating if needed) the server's database and brings its schema up to date. */
export function openServerDb(file: string): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // A write the server answered must survive a power cut: the client will not send it again.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
