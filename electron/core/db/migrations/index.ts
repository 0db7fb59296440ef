import type { Database } from 'better-sqlite3';
import { migrate001 } from './001-initial.js';
import { migrate002 } from './002-card-frames.js';
import { migrate003 } from './003-manual-decisions.js';
import { migrate004 } from './004-card-by-hand.js';
import { migrate005 } from './005-kept-unassigned.js';
import { migrate006 } from './006-photos-analysed.js';
import { migrate007 } from './007-subject-details.js';
import { migrate008 } from './008-rekey-and-shop.js';
import { migrate009 } from './009-sync-outbox.js';
import { migrate010 } from './010-upload-bytes.js';
import { migrate011 } from './011-photo-facts-version.js';
import { migrate012 } from './012-sort-runs.js';

/** Index i holds the migration that brings the database to user_version i + 1. */
export const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [migrate001, migrate002, migrate003, migrate004, migrate005, migrate006, migrate007, migrate008, migrate009, migrate010, migrate011, migrate012];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class DatabaseTooNewError extends Error {
  constructor(file: string, found: number) {
    super(
      `${file} was written by a newer Shootdesk (schema ${found}, this app knows ${SCHEMA_VERSION}); update Shootdesk to open it.`,
    );
  }
}

/** Applies every pending migration in one transaction: a crash leaves the old version intact. */
export function migrate(db: Database, file: string, target = SCHEMA_VERSION): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) throw new DatabaseTooNewError(file, current);
  if (current >= target) return current;
  db.transaction(() => {
    for (let version = current; version < target; version += 1) {
      const step = MIGRATIONS[version];
      if (!step) throw new Error(`missing migration to version ${version + 1}`);
      step(db);
    }
    db.pragma(`user_version = ${target}`);
  })();
  return target;
}
