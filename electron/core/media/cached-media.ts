import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MediaKind } from '../../../shared/api/media-url.js';
import { isInside } from '../app/is-inside.js';
import { derivativePaths } from './write-cache.js';

/**
 * The cached thumbnail or preview of a content hash, or null when there is none. Both ways the page
 * loads media (the Electron protocol and the browser bridge) serve only what this returns: the real
 * path, symlinks followed, must still sit inside the real cache folder and be a file.
 */
export function cachedMediaFile(cacheDir: string, kind: MediaKind, sha256: string): string | null {
  const derivatives = derivativePaths(cacheDir, sha256);
  const realRoot = realPathOrNull(cacheDir);
  const realFile = realPathOrNull(path.resolve(kind === 'thumb' ? derivatives.thumbnail : derivatives.preview));
  if (!realRoot || !realFile) return null;
  if (!isInside(realRoot, realFile) || !statSync(realFile).isFile()) return null;
  return realFile;
}

function realPathOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}
