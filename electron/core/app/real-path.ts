import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** More links than this in a row is a loop (Linux stops at 40 too). */
const MAX_LINKS = 40;

/**
 * The path with every symbolic link resolved, for a path that may not exist yet (a database about
 * to be created): the nearest existing ancestor is resolved and the missing rest appended. A link
 * to something not there yet (`store -> /photos/store`) counts as where it points.
 */
export async function realPathOf(path: string, links = 0): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch (error) {
    const parent = dirname(absolute);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === absolute) throw error;
    const entry = await lstat(absolute).catch(() => null);
    if (entry?.isSymbolicLink()) {
      if (links >= MAX_LINKS) throw Object.assign(new Error(`ELOOP: too many symbolic links, ${absolute}`), { code: 'ELOOP', path: absolute });
      return realPathOf(resolve(parent, await readlink(absolute)), links + 1);
    }
    return join(await realPathOf(parent, links), basename(absolute));
  }
}
