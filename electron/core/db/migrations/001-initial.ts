import type { Database } from 'better-sqlite3';

// Version 1: the whole store the scan-and-split engine needs, plus the outbox the
// later sync drains. STRICT tables so a wrong type is an error, not a silent cast.
export function migrate001(db: Database): void {
  db.exec(`
    CREATE TABLE jobs (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      status TEXT NOT NULL DEFAULT 'planning' CHECK (status IN ('planning', 'selling', 'archived')),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE subjects (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      group_name TEXT NOT NULL DEFAULT '',
      email TEXT,
      external_id TEXT,
      spare INTEGER NOT NULL DEFAULT 0 CHECK (spare IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX subjects_by_job ON subjects(job_id);

    -- Codes are unique across all jobs for ever: a deleted job's codes stay here, retired.
    CREATE TABLE access_codes (
      code TEXT PRIMARY KEY,
      job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
      subject_id INTEGER UNIQUE REFERENCES subjects(id) ON DELETE SET NULL,
      activated_at TEXT,
      retired_at TEXT,
      retired_job_name TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX access_codes_by_job ON access_codes(job_id);

    CREATE TABLE albums (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      UNIQUE (job_id, name)
    ) STRICT;

    CREATE TABLE photos (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      album_id INTEGER NOT NULL REFERENCES albums(id) ON DELETE CASCADE,
      root TEXT NOT NULL,
      rel_path TEXT NOT NULL,
      size INTEGER NOT NULL,
      companions TEXT NOT NULL DEFAULT '[]',
      sha256 TEXT,
      make TEXT,
      model TEXT,
      serial TEXT,
      captured_at TEXT,
      subsec TEXT,
      orientation INTEGER,
      width INTEGER,
      height INTEGER,
      qr_codes TEXT,
      qr_undecodable INTEGER,
      qr_card_like INTEGER,
      kind TEXT NOT NULL DEFAULT 'photo' CHECK (kind IN ('photo', 'card')),
      hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
      error TEXT,
      hashed_at TEXT,
      exif_at TEXT,
      thumb_at TEXT,
      qr_at TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (job_id, root, rel_path)
    ) STRICT;
    CREATE INDEX photos_pending ON photos(job_id, id) WHERE qr_at IS NULL;

    CREATE TABLE photo_subjects (
      photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
      subject_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
      source TEXT NOT NULL CHECK (source IN ('card', 'manual', 'bulk')),
      created_at TEXT NOT NULL,
      PRIMARY KEY (photo_id, subject_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX photo_subjects_by_subject ON photo_subjects(subject_id);

    CREATE TABLE review_items (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (reason IN ('unreadable-card', 'unknown-code', 'other-job-code',
        'retired-code', 'foreign-qr', 'no-capture-time', 'duplicate')),
      message TEXT NOT NULL,
      resolved_at TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX review_items_by_job ON review_items(job_id);

    CREATE TABLE review_item_photos (
      review_id INTEGER NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
      photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (review_id, photo_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE tag_history (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      action TEXT NOT NULL,
      payload TEXT NOT NULL,
      created_at TEXT NOT NULL,
      undone_at TEXT
    ) STRICT;

    CREATE TABLE scan_errors (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      root TEXT NOT NULL,
      rel_path TEXT NOT NULL,
      message TEXT NOT NULL,
      UNIQUE (job_id, root, rel_path)
    ) STRICT;

    -- Written in the same transaction as the change the server must learn; ids are client-made
    -- so the server can apply each operation once however often it is retried.
    CREATE TABLE outbox (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      payload TEXT NOT NULL,
      created_at TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT,
      sent_at TEXT
    ) STRICT;
    CREATE INDEX outbox_pending ON outbox(created_at) WHERE sent_at IS NULL;
  `);
}
