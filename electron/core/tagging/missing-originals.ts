import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MethodOutput } from '../../../shared/api/contract.js';
import type { Db } from '../db/open-db.js';
import { PHOTO_ORDER } from '../db/photos.js';
import { reportPath } from '../jobs/report-path.js';

/**
 * The job's readable photos and card frames whose original cannot be found where it was imported
 * from, in shooting order. A path that now holds a folder or a device is as gone as a deleted file,
 * and so is one that cannot be reached at all (an unplugged card, an unmounted share).
 */
export async function missingOriginals(db: Db, jobId: number, folder: string): Promise<MethodOutput<'photos.missing'>> {
  const rows = db
    .prepare(`SELECT p.root, p.rel_path AS relPath FROM photos p WHERE p.job_id = ? AND p.error IS NULL ORDER BY ${PHOTO_ORDER}`)
    .all(jobId) as { root: string; relPath: string }[];
  const originals = rows.map((row) => ({ name: reportPath(folder, row.root, row.relPath), path: join(row.root, row.relPath) }));
  // One file at a time: each check holds one of the 4 threads of libuv's pool, which the thumbnails
  // the page loads as the job opens need too; an unreachable share then holds up only this check.
  // (20,000 files on a local disk take about a second, off the event loop.)
  const gone: MethodOutput<'photos.missing'> = [];
  for (const original of originals) if (!(await isRegularFile(original.path))) gone.push(original);
  return gone;
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
