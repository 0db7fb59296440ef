import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeWhole } from '../app/write-output.js';
import { toMediaError } from './media-error.js';
import { openImage } from './sharp-setup.js';
import { derivativePaths } from './write-cache.js';

/** The shop's recommended size for what customers see and order prints from. */
export const UPLOAD_LONG_EDGE = 3500;
export const UPLOAD_QUALITY = 80;

export interface UploadCopy {
  file: string;
  sha256: string;
  size: number;
}

/** Where the copy of the photo whose original hashes to `sha256` lives: in the cache, beside its thumbnail. */
export function uploadCopyPath(cacheDir: string, sha256: string): string {
  const { thumbnail } = derivativePaths(cacheDir, sha256);
  return path.join(cacheDir, 'uploads', path.basename(path.dirname(thumbnail)), `${sha256}.jpg`);
}

/**
 * The copy of `original` the shop gets when uploads are resized: upright (EXIF orientation applied),
 * no longer than 3,500 px on its long edge, JPEG quality 80, made once in the cache from one decode.
 * The original is only read. A copy made before is reused: the shop may already hold its bytes.
 */
export async function uploadCopy(cacheDir: string, original: string, sha256: string): Promise<UploadCopy> {
  const file = uploadCopyPath(cacheDir, sha256);
  const existing = await readFile(file).catch(() => null);
  const bytes = existing ?? (await makeCopy(original));
  if (existing === null) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeWhole(file, bytes);
  }
  return { file, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

async function makeCopy(original: string): Promise<Buffer> {
  const input = await readFile(original).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `${original} is gone: put the original back (or reconnect its card) to send it` : `${original} cannot be read (${error.message})`, { cause: error });
  });
  try {
    return await openImage(input)
      .rotate()
      .resize({ width: UPLOAD_LONG_EDGE, height: UPLOAD_LONG_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: UPLOAD_QUALITY })
      .toBuffer();
  } catch (error) {
    throw new Error(`${original}: ${toMediaError(error).message}`, { cause: error });
  }
}
