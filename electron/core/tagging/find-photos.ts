import { isAbsolute, join, posix, resolve } from 'node:path';
import type { Db } from '../db/open-db.js';
import { reportPath } from '../jobs/report-path.js';
import { quoteShort } from '../text/escape-control.js';

const NAMED_AT_MOST = 5;

/**
 * The ids of the job's photos named as the report names them (relative to the job's folder) or by
 * full path, in the order given, each once. Every name must be a readable photo of the job: one
 * that is not fails the whole call, naming what was not found, so no change is made half.
 */
export function findPhotos(db: Db, jobId: number, folder: string, names: readonly string[]): number[] {
  return [...new Set(photoIdsOf(db, jobId, folder, names))];
}

/** As findPhotos, one id per name given, in its place (a name given twice gives its id twice). */
export function photoIdsOf(db: Db, jobId: number, folder: string, names: readonly string[]): number[] {
  const rows = db.prepare('SELECT id, root, rel_path AS relPath, error FROM photos WHERE job_id = ?').all(jobId) as {
    id: number;
    root: string;
    relPath: string;
    error: string | null;
  }[];
  const byName = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    byName.set(reportPath(folder, row.root, row.relPath), row);
    byName.set(join(row.root, row.relPath), row);
  }
  const ids: number[] = [];
  const unknown: string[] = [];
  const unreadable: string[] = [];
  for (const name of names) {
    const row = byName.get(isAbsolute(name) ? resolve(name) : posix.normalize(name.replaceAll('\\', '/')));
    if (!row) unknown.push(name);
    else if (row.error !== null) unreadable.push(name);
    else ids.push(row.id);
  }
  if (unknown.length > 0) {
    throw new Error(`${listed(unknown)} ${unknown.length === 1 ? 'is not a photo' : 'are not photos'} of this job; name photos as "shootdesk galleries" lists them, or by their full path`);
  }
  if (unreadable.length > 0) {
    throw new Error(`${listed(unreadable)} could not be read when the job was sorted, so ${unreadable.length === 1 ? 'it is' : 'they are'} in no gallery; replace the file and sort again`);
  }
  return ids;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, NAMED_AT_MOST).map((name) => quoteShort(name, 200)).join(', ');
  return names.length > NAMED_AT_MOST ? `${shown} and ${names.length - NAMED_AT_MOST} more` : shown;
}
