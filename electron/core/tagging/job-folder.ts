import type { Db } from '../db/open-db.js';

/**
 * The folder a job's photos are named from outside a sort: the first one imported. For a job of one
 * folder, that folder, so names are those `sort` printed; a job's other folders start with ../.
 */
export function jobFolder(db: Db, jobId: number): string | null {
  const row = db.prepare('SELECT root FROM photos WHERE job_id = ? ORDER BY id LIMIT 1').get(jobId) as { root: string } | undefined;
  return row?.root ?? null;
}
