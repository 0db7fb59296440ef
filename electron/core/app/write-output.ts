import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Db } from '../db/open-db.js';
import { isInside } from './is-inside.js';

/**
 * Where a file Shootdesk makes for the photographer (cards, a names list) may go: an existing folder
 * that is no photo folder of any job and lies in none. Originals are read-only, and so is every
 * folder around them. Returns the full path; throws, saying why, otherwise.
 */
export async function outputPath(db: Db, file: string, extensions: readonly string[], what: string): Promise<string> {
  const full = resolve(file);
  if (!extensions.some((extension) => full.toLowerCase().endsWith(extension))) throw new Error(`${file}: name the ${what} file with ${extensions.join(' or ')} at the end`);
  const folder = dirname(full);
  if (!(await stat(folder).catch(() => null))?.isDirectory()) throw new Error(`${folder} is not a folder: the ${what} cannot be saved there`);
  const roots = db.prepare('SELECT DISTINCT root FROM photos').pluck().all() as string[];
  const photoFolder = roots.find((root) => isInside(root, full));
  if (photoFolder !== undefined) throw new Error(`${full} is inside the photo folder ${photoFolder}: Shootdesk never writes where the originals are; save the ${what} elsewhere`);
  return full;
}

/** Writes the file whole or not at all: beside its name first, then renamed over it. */
export async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.part`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
