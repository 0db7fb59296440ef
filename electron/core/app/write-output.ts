import { mkdir, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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
  const photoFolder = photoFolderHolding(db, full);
  if (photoFolder !== undefined) throw new Error(`${full} is inside the photo folder ${photoFolder}: Shootdesk never writes where the originals are; save the ${what} elsewhere`);
  return full;
}

/** The photo folder of any job that is `path` or holds it. */
function photoFolderHolding(db: Db, path: string): string | undefined {
  const roots = db.prepare('SELECT DISTINCT root FROM photos').pluck().all() as string[];
  return roots.find((root) => root === path || isInside(root, path));
}

/**
 * Where a folder Shootdesk makes (a yearbook delivery) may go: a new folder, or an empty one, in an
 * existing folder, and neither a photo folder nor inside one. A folder with files in it is refused:
 * the delivery would mix with what was there, and nothing of it may be overwritten. Returns the full
 * path; throws, saying why, otherwise.
 */
export async function outputFolder(db: Db, folder: string, what: string): Promise<string> {
  const full = resolve(folder);
  const parent = dirname(full);
  if (!(await stat(parent).catch(() => null))?.isDirectory()) throw new Error(`${parent} is not a folder: the ${what} cannot be saved there`);
  const photoFolder = photoFolderHolding(db, full);
  if (photoFolder !== undefined) {
    const where = photoFolder === full ? 'is the photo folder' : `is inside the photo folder ${photoFolder}`;
    throw new Error(`${full} ${where}: Shootdesk never writes where the originals are; save the ${what} elsewhere`);
  }
  const existing = await stat(full).catch(() => null);
  if (existing && !existing.isDirectory()) throw new Error(`${full} is a file: name a new or empty folder for the ${what}`);
  if (existing && (await readdir(full)).length > 0) throw new Error(`${full} is not empty: name a new or empty folder for the ${what}`);
  return full;
}

/**
 * Builds the folder whole or not at all: in a hidden sibling first, renamed to its name when complete.
 * A crash leaves only the `.part` sibling, never a folder under the asked name that looks delivered.
 */
export async function buildFolderWhole<T>(folder: string, build: (partial: string) => Promise<T>): Promise<T> {
  const partial = join(dirname(folder), `.${basename(folder)}.${process.pid}.part`);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial);
  try {
    const result = await build(partial);
    // An empty folder of that name was allowed (outputFolder): rename replaces none on Windows.
    await rmdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(partial, folder);
    return result;
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
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
