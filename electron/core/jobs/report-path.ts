import { join, relative, sep } from 'node:path';

const MAX_PREFIXES = 64;
const prefixes = new Map<string, string>();
const ABOVE = /^\.\.(\/\.\.)*$/;

// The last root named: a report names its photos root by root, and so saves building a key per photo.
let last = { folder: '', root: '', prefix: '' };

/** How the report names a root (its path from the folder), worked out once per folder and root: `relative` is slow for 20,000 photos. */
function prefixOf(folder: string, root: string): string {
  if (folder === last.folder && root === last.root) return last.prefix;
  const key = `${folder}\0${root}`;
  let prefix = prefixes.get(key);
  if (prefix === undefined) {
    if (prefixes.size >= MAX_PREFIXES) prefixes.clear();
    prefix = relative(folder, root).split(sep).join('/');
    prefixes.set(key, prefix);
  }
  last = { folder, root, prefix };
  return prefix;
}

/** Paths in reports are relative to the folder the user named (a job's other folders start with ../), '/'-separated on every platform. */
export function reportPath(folder: string, root: string, relPath: string): string {
  const prefix = prefixOf(folder, root);
  // A root around the folder ("..", "../..") may hold the file inside the folder: only `relative` names that one right.
  if (ABOVE.test(prefix)) return relative(folder, join(root, relPath)).split(sep).join('/');
  const rel = sep === '/' ? relPath : relPath.split(sep).join('/');
  return prefix === '' ? rel : `${prefix}/${rel}`;
}
