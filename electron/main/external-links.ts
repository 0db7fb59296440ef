// Which links may leave the app for the user's browser. The page is untrusted input: a names
// list or a QR payload can put any URL in front of the user, and the OS opener hands
// `file:`, `javascript:` or a custom scheme to whatever program claims it.

/** Hosts we publish; matched exactly, so a subdomain or a look-alike of one is refused. */
export const EXTERNAL_HOSTS: readonly string[] = ['shootdesk.app', 'www.shootdesk.app'];

// Generous for a help page, small enough that a URL stuffed with padding to hide its host in
// a dialog is refused.
const MAX_LENGTH = 2048;

// Printable ASCII only, and no backslash: the URL parser drops tabs and newlines, trims
// spaces and control characters and reads '\' as '/', so a URL carrying any of them is not
// what it appears to be. IDN hosts arrive here as punycode or not at all.
const PRINTABLE_ASCII = /^[\x21-\x5b\x5d-\x7e]+$/;

const PREFIX = 'https://';

export function isAllowedExternal(url: string): boolean {
  if (url.length > MAX_LENGTH || !PRINTABLE_ASCII.test(url)) return false;
  if (!url.toLowerCase().startsWith(PREFIX)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  // The authority as written must be the bare host: no user info, no port (not even :443),
  // no percent-encoding, no extra slashes the parser would have skipped.
  const authority = url.slice(PREFIX.length).split(/[/?#]/, 1)[0] ?? '';
  if (authority.toLowerCase() !== parsed.hostname) return false;
  return EXTERNAL_HOSTS.includes(parsed.hostname);
}
