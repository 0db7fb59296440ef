import type { Database } from 'better-sqlite3';
import { migrate001 } from './001-initial.js';

/** Index i holds the migration that brings the database to user_version i + 1. */
const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [migrate001];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies every pending migration in one transaction, and refuses a database from a newer server. */
export function migrate(db: Database, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`${file} was written by a newer shootdesk-server (schema ${current}, this one knows ${SCHEMA_VERSION})`);
  }
  db.transaction(() => {
    for (let version = current; version < SCHEMA_VERSION; version += 1) MIGRATIONS[version]?.(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
