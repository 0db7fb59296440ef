import type { Database } from 'better-sqlite3';

// Version 3: the photographer's own decisions.
// - A photo hidden or shown by hand (1 / 0; NULL: no decision, so a card frame is hidden and any other
//   photo shown). The sort sets `hidden` from the frame's kind, and must not undo a decision.
// - The tagging history is read per job, newest first.
export function migrate003(db: Database): void {
  db.exec(`
    ALTER TABLE photos ADD COLUMN hidden_by_hand INTEGER CHECK (hidden_by_hand IS NULL OR hidden_by_hand IN (0, 1));
    CREATE INDEX tag_history_by_job ON tag_history(job_id, id);
  `);
}
