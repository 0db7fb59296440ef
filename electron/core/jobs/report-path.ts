import { join, relative, sep } from 'node:path';

/** Paths in reports are relative to the folder the user named (a job's other folders start with ../), '/'-separated on every platform. */
export function reportPath(folder: string, root: string, relPath: string): string {
  return relative(folder, join(root, relPath)).split(sep).join('/');
}
