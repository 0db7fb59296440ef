// Which pages count as the app. IPC senders and navigations are both checked against this,
// so a frame that is not our own top-level page never reaches core.

/** The packaged app loads one file; in development the electron-vite dev server serves it. */
export type AppOrigin = { kind: 'file'; indexUrl: string } | { kind: 'dev-server'; origin: string };

export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function isAppUrl(url: string, allowed: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (allowed.kind === 'dev-server') return parsed.origin === new URL(allowed.origin).origin;
  // file: URLs have an opaque origin ('null'), so the app is identified by its exact index
  // file; the query and fragment are the page's own business.
  const index = new URL(allowed.indexUrl);
  return parsed.protocol === 'file:' && parsed.host === index.host && parsed.pathname === index.pathname;
}

/** True only for the app's own main frame: not a subframe, not another page, not a dead frame. */
export function isTrustedSender(frame: SenderFrame | null | undefined, allowed: AppOrigin): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, allowed);
}
