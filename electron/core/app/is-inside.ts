import { isAbsolute, relative, sep } from 'node:path';

/**
 * Whether `candidate` lies strictly inside `root`, compared by path segments: a bare
 * `startsWith(root)` lets `<root>-evil` through, and a folder named `..x` is still inside.
 */
export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  if (rel === '' || isAbsolute(rel)) return false;
  return rel.split(sep)[0] !== '..';
}
