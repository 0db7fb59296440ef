import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join, posix } from 'node:path';
import { addFileAliases, listKnownPaths, listKnownPhotos } from '../db/file-aliases.js';
import type { Db } from '../db/open-db.js';
import type { WalkedFile } from './walk-folder.js';

/**
 * The files of a walk that are new to the job, with those it already has under another path left
 * out: the same memory card mounted at another path or drive letter, or its folder copied to the
 * laptop and imported again from the reader. A file with the name and size of a photo the job has
 * from another folder is hashed; the same content under the same name is the same photo (and so has
 * the same capture time), and is remembered as such rather than registered, analysed and reported
 * as a duplicate all over again. The originals are only read.
 */
export async function recogniseSameFiles(
  db: Db,
  jobId: number,
  root: string,
  files: readonly WalkedFile[],
  signal?: AbortSignal,
): Promise<WalkedFile[]> {
  const known = listKnownPaths(db, jobId, root);
  const fresh = files.filter((file) => !known.has(file.relPath));
  const candidates = new Map<string, { id: number; sha256: string }[]>();
  for (const photo of listKnownPhotos(db, jobId)) {
    if (photo.root === root) continue;
    const key = `${posix.basename(photo.relPath)}\n${photo.size}`;
    candidates.set(key, [...(candidates.get(key) ?? []), photo]);
  }
  if (candidates.size === 0) return fresh;

  const aliases: { relPath: string; photoId: number }[] = [];
  const remaining: WalkedFile[] = [];
  for (const file of fresh) {
    signal?.throwIfAborted();
    const matches = candidates.get(`${posix.basename(file.relPath)}\n${file.size}`);
    const sha256 = matches ? await hashFile(join(root, file.relPath)).catch(() => null) : null;
    const same = sha256 === null ? undefined : matches?.find((photo) => photo.sha256 === sha256);
    if (same) aliases.push({ relPath: file.relPath, photoId: same.id });
    else remaining.push(file);
  }
  addFileAliases(db, jobId, root, aliases);
  return remaining;
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
