import type { Database } from 'better-sqlite3';

// Version 6: every change by hand reads all of a job's analysed photos in id order (the split redone).
// The unique index (job, root, path) finds them but in path order, so SQLite sorted 20,000 rows in
// a temporary tree each time; this index hands them over in id order. Partial, so a resumed scan
// still finds its few pending photos through photos_pending.
export function migrate006(db: Database): void {
  db.exec(`CREATE INDEX photos_analysed ON photos(job_id) WHERE qr_at IS NOT NULL AND error IS NULL;`);
}
