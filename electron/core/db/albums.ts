import type { Db } from './open-db.js';

export function findOrCreateAlbum(db: Db, jobId: number, name: string): number {
  db.prepare('INSERT INTO albums (job_id, name) VALUES (?, ?) ON CONFLICT (job_id, name) DO NOTHING').run(jobId, name);
  const row = db.prepare('SELECT id FROM albums WHERE job_id = ? AND name = ?').get(jobId, name) as { id: number };
  return row.id;
}
