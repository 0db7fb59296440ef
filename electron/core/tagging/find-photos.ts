import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { Db } from '../db/open-db.js';
import { NotFoundError } from '../app/typed-errors.js';
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
  // Each name is looked up by its file's place (a root of the job, the path under it) through the
  // photos' unique index: a thousand names cost a thousand lookups, not a pass over every photo.
  const roots = (db.prepare('SELECT DISTINCT root FROM photos WHERE job_id = ?').pluck().all(jobId) as string[]).sort((a, b) => b.length - a.length);
  const byPlace = db.prepare('SELECT id, error FROM photos WHERE job_id = ? AND root = ? AND rel_path = ?');
  const find = (name: string): { id: number; error: string | null } | undefined => {
    const full = isAbsolute(name) ? resolve(name) : resolve(folder, posix.normalize(name.replaceAll('\\', '/')));
    for (const root of roots) {
      const under = relative(root, full);
      if (under === '' || under === '..' || under.startsWith(`..${sep}`) || isAbsolute(under)) continue;
      const row = byPlace.get(jobId, root, under.split(sep).join('/')) as { id: number; error: string | null } | undefined;
      if (row) return row;
    }
    return undefined;
  };
  const ids: number[] = [];
  const unknown: string[] = [];
  const unreadable: string[] = [];
  for (const name of names) {
    const row = find(name);
    if (!row) unknown.push(name);
    else if (row.error !== null) unreadable.push(name);
    else ids.push(row.id);
  }
  if (unknown.length > 0) {
    throw new NotFoundError(`${listed(unknown)} ${unknown.length === 1 ? 'is not a photo' : 'are not photos'} of this job; name photos as "shootdesk galleries" lists them, or by their full path`);
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
