import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Path → sha256, size and mtime of every readable file under root: proof that a scan wrote nothing. */
export async function hashTree(root: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  const visit = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      result[`${rel}/`] = 'unreadable';
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await visit(path, relPath);
      else if (entry.isFile()) {
        const info = await stat(path);
        result[relPath] = `${createHash('sha256').update(await readFile(path)).digest('hex')} ${info.size} ${info.mtimeMs}`;
      }
    }
  };
  await visit(root, '');
  return result;
}
