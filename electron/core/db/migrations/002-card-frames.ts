import type { Database } from 'better-sqlite3';

// Version 2: the second pass of the sort.
// - Review reasons for a card in the background, a camera clock that changed and two bodies mixed in one folder.
//   SQLite cannot alter a CHECK, so the review tables are rebuilt; the photos table keeps its rows.
// - QR symbol sizes (the background-card rule needs them; NULL for photos analysed before: their size is unknown).
// - The index photo of each subject is stored, not only computed.
// - Review lookups by photo get an index.
// - The pause that means a new subject can be set per job (NULL: learnt from each camera's rhythm).
// - Files known to be a photo already registered under another path (the same card mounted elsewhere).
export function migrate002(db: Database): void {
  db.exec(`
    CREATE TABLE review_items_v2 (
      id INTEGER PRIMARY KEY,
      job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (reason IN ('unreadable-card', 'unknown-code', 'other-job-code',
        'retired-code', 'foreign-qr', 'no-capture-time', 'duplicate', 'background-card', 'clock-change', 'mixed-cameras')),
      message TEXT NOT NULL,
      resolved_at TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO review_items_v2 (id, job_id, reason, message, resolved_at, created_at)
      SELECT id, job_id, reason, message, resolved_at, created_at FROM review_items;

    -- Refers to the new table, so dropping the old one cascades into nothing but the old photo list.
    CREATE TABLE review_item_photos_v2 (
      review_id INTEGER NOT NULL REFERENCES review_items_v2(id) ON DELETE CASCADE,
      photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (review_id, photo_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO review_item_photos_v2 (review_id, photo_id, position)
      SELECT review_id, photo_id, position FROM review_item_photos;

    DROP TABLE review_item_photos;
    DROP TABLE review_items;
    ALTER TABLE review_items_v2 RENAME TO review_items;
    ALTER TABLE review_item_photos_v2 RENAME TO review_item_photos;
    CREATE INDEX review_items_by_job ON review_items(job_id);
    CREATE INDEX review_item_photos_by_photo ON review_item_photos(photo_id);

    ALTER TABLE photos ADD COLUMN qr_sizes TEXT;

    ALTER TABLE subjects ADD COLUMN index_photo_id INTEGER REFERENCES photos(id) ON DELETE SET NULL;

    CREATE TABLE file_aliases (
      job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      root TEXT NOT NULL,
      rel_path TEXT NOT NULL,
      photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
      PRIMARY KEY (job_id, root, rel_path)
    ) STRICT, WITHOUT ROWID;

    ALTER TABLE jobs ADD COLUMN subject_pause_ms INTEGER CHECK (subject_pause_ms IS NULL OR subject_pause_ms > 0);
  `);
}
