import type { Database } from 'better-sqlite3';

// Version 12: the sorts under way. A sort inserts its row when it starts and deletes it when it ends
// in any way its process lives through (done, failed, cancelled), so a row found by a later process
// is a sort that was killed or crashed: its analysed photos are kept, and running it again with the
// same arguments goes on from there. Keyed by the job's name as given: a first sort creates its job.
export function migrate012(db: Database): void {
  db.exec(`
    CREATE TABLE sort_runs (
      job TEXT PRIMARY KEY COLLATE NOCASE,
      folder TEXT NOT NULL,
      names_file TEXT,
      pause TEXT,
      started_at TEXT NOT NULL
    ) STRICT;
  `);
}
