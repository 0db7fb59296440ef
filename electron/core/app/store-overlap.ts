import { isInside } from './is-inside.js';
import { realPathOf } from './real-path.js';

/** Where Shootdesk keeps its own files. */
export interface StorePaths {
  dbPath: string;
  cacheDir: string;
  /** The user-data folder (holds the cache, and the database unless another was given). */
  userDataDir?: string | undefined;
}

const WHY = "a photo folder must never hold Shootdesk's own files (its cached previews would be sorted as photos)";

/**
 * Why `folder` must not be sorted, or null. Compared by real paths, so neither a symbolic link to
 * the photo folder nor one to the database gets around it.
 */
export async function storeOverlap(folder: string, store: StorePaths): Promise<string | null> {
  let photos: string;
  try {
    photos = await realPathOf(folder);
  } catch (error) {
    // A path through a file is no folder: the sort says so in its own words.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
  const folders = [
    ...(store.userDataDir ? [{ path: store.userDataDir, what: 'user-data folder', real: await realPathOf(store.userDataDir) }] : []),
    { path: store.cacheDir, what: 'cache folder', real: await realPathOf(store.cacheDir) },
  ];
  for (const { path, what, real } of folders) {
    if (photos === real) return `${folder} is Shootdesk's ${what}; choose the folder the photos are in`;
    if (isInside(real, photos)) return `${folder} is inside Shootdesk's ${what} ${path}; choose the folder the photos are in`;
  }
  for (const { path, what, real } of folders) {
    if (isInside(photos, real)) {
      return `${folder} holds Shootdesk's ${what} ${path}; ${WHY}: choose the folder the photos are in, or move the user-data folder (SHOOTDESK_USER_DATA)`;
    }
  }
  const db = await realPathOf(store.dbPath);
  if (isInside(photos, db)) {
    return `${folder} holds Shootdesk's database ${store.dbPath}; ${WHY}: choose the folder the photos are in, or keep the database elsewhere (--db)`;
  }
  return null;
}
