import type { Database } from 'better-sqlite3';

// Version 10: which bytes stand for each photo at the shop, its original or a resized copy, chosen
// the first time its bytes are sent. The shop refuses a record that declares other bytes once some
// arrived, so a photo keeps its choice when the upload-size setting changes later; the setting
// applies to the photos not sent yet.
export function migrate010(db: Database): void {
  db.exec(`
    CREATE TABLE sync_photo_bytes (
      photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
      resized INTEGER NOT NULL CHECK (resized IN (0, 1)),
      chosen_at TEXT NOT NULL
    ) STRICT;
  `);
}
