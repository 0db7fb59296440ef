/**
 * The name each photo is uploaded under, for a shop that matches uploaded files to access codes by
 * file name alone. Two cameras both write IMG_0001.JPG: under one name, a shop would give one
 * child's photo to the other's code. So a file keeps its own name where no other photo of the upload
 * shares it (letter case aside, as Windows and most shops fold it), and takes its path, folders joined
 * by `_`, where one does. Paths are '/'-separated, relative to the job's photo folder.
 */
export function uploadFileNames(paths: readonly string[]): Map<string, string> {
  const distinct = [...new Set(paths)];
  const byName = countBy(distinct.map((path) => baseName(path).toLowerCase()));
  const names = new Map(distinct.map((path) => [path, (byName.get(baseName(path).toLowerCase()) ?? 0) > 1 ? flatPath(path) : baseName(path)]));
  const taken = new Map<string, string>();
  for (const [path, name] of names) {
    const other = taken.get(name.toLowerCase());
    if (other !== undefined) throw new Error(`${other} and ${path} would both be uploaded as ${name}: rename one of them`);
    taken.set(name.toLowerCase(), path);
  }
  return names;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function flatPath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '..' && segment !== '.' && segment !== '')
    .join('_');
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
