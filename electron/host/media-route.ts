import { MEDIA_FILE_NAME, MEDIA_KINDS } from '../../shared/api/media-url.js';
import { cachedMediaFile } from '../core/media/cached-media.js';

const MEDIA_PATH = /^\/media\/([^/]+)\/([^/]+)$/;

/**
 * The cached file a `/media/<thumb|preview>/<sha256>.jpg` path names, or null. The path is matched as
 * the client sent it, neither decoded nor normalised: the file name's alphabet has no '%' and the
 * shape no '..', so an encoded slash, a dot segment or a NUL is refused rather than resolved.
 */
export function mediaFileOf(cacheDir: string, pathname: string): string | null {
  const [, kindName, fileName] = MEDIA_PATH.exec(pathname) ?? [];
  const kind = MEDIA_KINDS.find((k) => k === kindName);
  if (!kind || !fileName || !MEDIA_FILE_NAME.test(fileName)) return null;
  return cachedMediaFile(cacheDir, kind, fileName.slice(0, -'.jpg'.length));
}
