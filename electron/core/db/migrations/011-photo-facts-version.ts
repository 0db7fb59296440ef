import type { Database } from 'better-sqlite3';

// Version 11: every change by hand redoes the split, which reads all of a job's analysed photos; for
// 20,000 photos that reading cost more than the split itself. What the split reads of a photo
// besides the photographer's decisions (its file, EXIF and QR findings) changes only when files are
// scanned, so core keeps it in memory between changes. This counter says when to read it again:
// triggers raise it in the same transaction as any change to those columns, from any connection.
// One counter for all jobs, only ever raised: a job deleted and its id reused never meets an old count.
export function migrate011(db: Database): void {
  db.exec(`
    CREATE TABLE photo_facts_version (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      version INTEGER NOT NULL
    ) STRICT;
    INSERT INTO photo_facts_version (id, version) VALUES (1, 0);
    CREATE TRIGGER photo_facts_inserted AFTER INSERT ON photos BEGIN
      UPDATE photo_facts_version SET version = version + 1;
    END;
    CREATE TRIGGER photo_facts_deleted AFTER DELETE ON photos BEGIN
      UPDATE photo_facts_version SET version = version + 1;
    END;
    CREATE TRIGGER photo_facts_updated AFTER UPDATE OF job_id, root, rel_path, sha256, make, model, serial, captured_at, subsec,
        qr_codes, qr_sizes, qr_undecodable, qr_card_like, qr_at, error ON photos BEGIN
      UPDATE photo_facts_version SET version = version + 1;
    END;
  `);
}
