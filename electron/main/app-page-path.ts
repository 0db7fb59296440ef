import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSchemeUrl } from './scheme-url.js';

/** The packaged page's own scheme: a real origin (not file://'s opaque one) that only this app serves. */
export const APP_SCHEME = 'shootdesk-app';
export const APP_HOST = 'app';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

// The raw path must be plain names: no '%', so nothing is decoded into the path.
const PLAIN_PATH = /^(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/;

/**
 * Maps a `shootdesk-app://app/<path>` URL to a file of the built renderer, or null. The page asks
 * for what its HTML names (index.html, assets/…); anything else, or anything that leaves the folder
 * after symbolic links, is not served.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  const parsed = parseSchemeUrl(url, APP_SCHEME);
  if (!parsed || parsed.host !== APP_HOST) return null;
  const pathname = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  if (!PLAIN_PATH.test(pathname) || pathname.split('/').some((part) => part.startsWith('.'))) return null;
  try {
    const root = realpathSync(rendererDir);
    const file = realpathSync(path.join(root, ...pathname.split('/').filter(Boolean)));
    return file.startsWith(root + path.sep) && statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}
