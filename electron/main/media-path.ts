import { MEDIA_FILE_NAME, MEDIA_KINDS, MEDIA_SCHEME } from '../../shared/api/media-url.js';
import type { MediaKind } from '../../shared/api/media-url.js';
import { cachedMediaFile } from '../core/media/cached-media.js';
import { parseSchemeUrl } from './scheme-url.js';

/**
 * Maps a `shootdesk-media://thumb|preview/<sha256>.jpg` URL to a file inside the cache, or
 * null. The page is untrusted input here: the URL is matched against the one shape we
 * serve, never decoded, and the final path (after symlinks) must still sit inside the cache.
 */
export function resolveMediaPath(cacheRoot: string, url: string): string | null {
  const parts = parseMediaUrl(url);
  return parts ? cachedMediaFile(cacheRoot, parts.kind, parts.sha256) : null;
}

function parseMediaUrl(url: string): { kind: MediaKind; sha256: string } | null {
  const parsed = parseSchemeUrl(url, MEDIA_SCHEME);
  if (!parsed || parsed.search || parsed.hash) return null;
  const kind = MEDIA_KINDS.find((k) => k === parsed.host);
  if (!kind) return null;
  // The raw pathname is checked, not a decoded one: the allowed alphabet has no '%', so any
  // encoded separator, dot or NUL fails here instead of being decoded into the path.
  const fileName = parsed.pathname.slice(1);
  if (!MEDIA_FILE_NAME.test(fileName)) return null;
  return { kind, sha256: fileName.slice(0, -'.jpg'.length) };
}
