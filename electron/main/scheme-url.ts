// The URL parser silently strips leading and trailing control characters (NUL included);
// a URL carrying one is refused outright rather than trusted after that clean-up.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * A request's URL on one of the app's own schemes, or null: the page is untrusted input to the
 * protocol handlers, so anything with control characters, credentials or a port is refused.
 */
export function parseSchemeUrl(url: string, scheme: string): URL | null {
  if (CONTROL_CHARACTER.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${scheme}:`) return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  return parsed;
}
