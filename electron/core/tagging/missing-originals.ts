import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MethodOutput } from '../../../shared/api/contract.js';
import type { Db } from '../db/open-db.js';
import { PHOTO_ORDER } from '../db/photos.js';
import { reportPath } from '../jobs/report-path.js';
import { groupBy } from '../sort/group-by.js';

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
  // One folder listing per folder, not one check per file: 20,000 photos sit in a few dozen folders,
  // so the check costs a few dozen calls, whatever the job's size. Folders are listed one at a time:
  // an unreachable share then holds up only this check, not the thumbnails' file reads.
  const byFolder = groupBy(originals, (original) => dirname(original.path));
  const gone = new Set<(typeof originals)[number]>();
  for (const [folderOfFile, files] of byFolder) {
    const entries = new Map((await readdir(folderOfFile, { withFileTypes: true }).catch(() => [])).map((entry) => [entry.name, entry]));
    for (const file of files) {
      const entry = entries.get(basename(file.path));
      // A link is followed to what it points at, as the sort read it.
      const present = entry?.isFile() === true || (entry?.isSymbolicLink() === true && (await isRegularFile(file.path)));
      if (!present) gone.add(file);
    }
  }
  return originals.filter((original) => gone.has(original));
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
