import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MethodOutput } from '../../../shared/api/contract.js';
import type { Db } from '../db/open-db.js';
import { PHOTO_ORDER } from '../db/photos.js';
import { reportPath } from '../jobs/report-path.js';

/**
 * Checks in flight at once: fewer than the 4 threads of libuv's pool, which every other file read
 * of this process shares. A share that has dropped off the network can hold a check for half a
 * minute; one thread then stays free, and 20,000 files never queue 20,000 requests ahead of a
 * sort's reads. (20,000 files on a local disk take about a second, off the event loop.)
 */
const LANES = 3;

type Original = MethodOutput<'photos.missing'>[number];

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
  // One queue shared by a few lanes: each takes the next file as soon as its last check answers,
  // so a slow file holds up one lane, not a whole batch.
  const queue = originals.values();
  const gone = new Set<Original>();
  const lane = async (): Promise<void> => {
    for (const original of queue) if (!(await isRegularFile(original.path))) gone.add(original);
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  return originals.filter((original) => gone.has(original));
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
