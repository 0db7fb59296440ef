import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AnalysedImage } from './media-types.js';

export interface DerivativePaths {
  thumbnail: string;
  preview: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Cache paths of a photo's derivatives, fanned out by the first two hex digits to keep folders small. */
export function derivativePaths(cacheDir: string, sha256: string): DerivativePaths {
  // The hash becomes a path: anything but 64 hex digits could climb out of the cache.
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a lower-case SHA-256 hex digest: ${JSON.stringify(sha256)}`);
  const fanOut = sha256.slice(0, 2);
  return {
    thumbnail: path.join(cacheDir, 'thumbs', fanOut, `${sha256}.jpg`),
    preview: path.join(cacheDir, 'previews', fanOut, `${sha256}.jpg`),
  };
}

/**
 * Writes the thumbnail and preview into the content-addressed cache. Files already
 * there are kept: same hash, same pixels (a duplicate photo or a resumed scan).
 */
export async function writeDerivatives(cacheDir: string, sha256: string, image: AnalysedImage): Promise<DerivativePaths> {
  const paths = derivativePaths(cacheDir, sha256);
  await Promise.all([writeOnce(paths.thumbnail, image.thumbnail), writeOnce(paths.preview, image.preview)]);
  return paths;
}

/**
 * Temp file in the same folder, flushed, then renamed: a killed scan or a power cut
 * leaves either no file or a whole one, never a half JPEG that later scans would skip.
 */
async function writeOnce(target: string, data: Buffer): Promise<void> {
  if (await isNonEmptyFile(target)) return;
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function isNonEmptyFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}
