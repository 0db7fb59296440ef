import type { Database } from 'better-sqlite3';

// Version 5: "keep this photo unassigned", the photographer's answer for a held photo that belongs to
// no subject (a teacher, the set before the first pupil): decided, so it leaves review and the list
// of photos before a card, and the split gives it to no one.
export function migrate005(db: Database): void {
  db.exec(`ALTER TABLE photos ADD COLUMN kept_unassigned INTEGER NOT NULL DEFAULT 0 CHECK (kept_unassigned IN (0, 1));`);
}
