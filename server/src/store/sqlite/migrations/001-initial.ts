import type { Database } from 'better-sqlite3';

// Version 1. Jobs are never removed, only marked deleted: their codes stay, retired, so that no one can
// create them again, and a client that still writes to a deleted job hears so (410) instead of "unknown".
// Codes are stored upper-cased, so the primary key makes them unique server-wide and case-insensitive.
export function migrate001(db: Database): void {
  db.exec(`
    CREATE TABLE accounts (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE tokens (
      hash TEXT PRIMARY KEY,
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX tokens_by_account ON tokens(account_id);

    CREATE TABLE operations (
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      key TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      status INTEGER NOT NULL,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (account_id, key)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE jobs (
      id INTEGER PRIMARY KEY,
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      client_id TEXT NOT NULL,
      name TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('planning', 'selling', 'archived')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      UNIQUE (account_id, client_id)
    ) STRICT;

    CREATE TABLE subjects (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id),
      client_id TEXT NOT NULL,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      group_name TEXT NOT NULL,
      UNIQUE (job_id, client_id)
    ) STRICT;

    CREATE TABLE codes (
      code TEXT PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id),
      subject_id INTEGER UNIQUE REFERENCES subjects(id) ON DELETE SET NULL,
      activated INTEGER NOT NULL DEFAULT 0 CHECK (activated IN (0, 1)),
      retired_at TEXT
    ) STRICT;
    CREATE INDEX codes_by_job ON codes(job_id);

    CREATE TABLE albums (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id),
      name TEXT NOT NULL,
      UNIQUE (job_id, name)
    ) STRICT;

    CREATE TABLE photos (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id),
      client_id TEXT NOT NULL,
      album_id INTEGER NOT NULL REFERENCES albums(id),
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      file_name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('photo', 'card')),
      hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
      blob_key TEXT,
      UNIQUE (job_id, client_id)
    ) STRICT;
    CREATE INDEX photos_by_album ON photos(album_id);

    CREATE TABLE photo_subjects (
      photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
      subject_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
      PRIMARY KEY (photo_id, subject_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX photo_subjects_by_subject ON photo_subjects(subject_id);
  `);
}
