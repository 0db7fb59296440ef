import { APP_HOST, APP_SCHEME } from './app-page-path.js';
import { parseSchemeUrl } from './scheme-url.js';

// Which pages count as the app. IPC senders and navigations are both checked against this,
// so a frame that is not our own top-level page never reaches core.

/** The built page comes over the app's own scheme; in development the electron-vite dev server serves it. */
export type AppOrigin = { kind: 'app-scheme' } | { kind: 'dev-server'; origin: string };

export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function isAppUrl(url: string, allowed: AppOrigin): boolean {
  // Node's URL gives a custom scheme no origin ('null'): the scheme and host are the origin. The path,
  // query and fragment are the page's own business; the scheme serves nothing but the built page.
  if (allowed.kind === 'app-scheme') return parseSchemeUrl(url, APP_SCHEME)?.host === APP_HOST;
  try {
    return new URL(url).origin === new URL(allowed.origin).origin;
  } catch {
    return false;
  }
}

/** True only for the app's own main frame: not a subframe, not another page, not a dead frame. */
export function isTrustedSender(frame: SenderFrame | null | undefined, allowed: AppOrigin): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, allowed);
}
