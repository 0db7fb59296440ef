import type { Db } from './open-db.js';

/** An analysed photo of the job, as a candidate for a file seen again under another path. */
export interface KnownPhoto {
  id: number;
  root: string;
  relPath: string;
  size: number;
  sha256: string;
}

/** The job's analysed photos by file name and size: a file seen again keeps both. */
export function listKnownPhotos(db: Db, jobId: number): KnownPhoto[] {
  return db
    .prepare(
      `SELECT id, root, rel_path AS relPath, size, sha256 FROM photos
       WHERE job_id = ? AND sha256 IS NOT NULL AND error IS NULL ORDER BY id`,
    )
    .all(jobId) as KnownPhoto[];
}

/** Paths under this root already known as photos (registered here, or recognised as another path's). */
export function listKnownPaths(db: Db, jobId: number, root: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT rel_path AS relPath FROM photos WHERE job_id = ? AND root = ?
       UNION SELECT rel_path FROM file_aliases WHERE job_id = ? AND root = ?`,
    )
    .all(jobId, root, jobId, root) as { relPath: string }[];
  return new Set(rows.map((row) => row.relPath));
}

export function addFileAliases(db: Db, jobId: number, root: string, aliases: readonly { relPath: string; photoId: number }[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO file_aliases (job_id, root, rel_path, photo_id) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const alias of aliases) insert.run(jobId, root, alias.relPath, alias.photoId);
  })();
}
