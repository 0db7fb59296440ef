// The shop address parents are sent to, as the photographer types it. No Node or DOM imports: the
// desktop app checks the field with this as she types, and core checks it again before saving.

/** A scheme typed before `//`: anything else (`shop.example.com:8443`) is a host without one. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The address as saved: http(s) only, a bare host (`shop.example.com/spring`) taken as https, host
 * in lower case, no trailing slash after the host. Null for anything a parent could not type in a
 * browser: no dot in the host, a login in it, spaces, another scheme.
 */
export function normaliseShopUrl(text: string): string | null {
  const typed = text.trim();
  if (typed === '' || /\s/.test(typed)) return null;
  let url: URL;
  try {
    url = new URL(SCHEME.test(typed) ? typed : `https://${typed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  const labels = url.hostname.split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return null;
  return url.pathname === '/' && url.search === '' && url.hash === '' ? url.origin : url.href;
}

/** How the address is printed for parents: https is what a browser tries first, so it is left out. */
export function shopAddressForPrint(url: string): string {
  return url.replace(/^https:\/\//, '');
}

export const SHOP_URL_RULE = 'a web address such as https://shop.example.com or shop.example.com/spring';

/**
 * What a contact sheet's QR code holds: the shop's address with the code as its `code` parameter,
 * so a parent's phone opens the shop with the code filled in. The sort, too, reads such an address
 * as that code (design §2.6), never as a foreign QR.
 */
export function shopLinkFor(shopUrl: string, code: string): string {
  const url = new URL(shopUrl);
  url.searchParams.set('code', code);
  return url.href;
}
