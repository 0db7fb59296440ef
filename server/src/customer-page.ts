import { createHash } from 'node:crypto';
import type { Gallery } from './gallery.js';

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}
ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
img{width:100%;height:auto}`;

/** Allows only this page's own style and images from this server: no script runs here at all. */
export const CUSTOMER_PAGE_CSP = `default-src 'none'; img-src 'self'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** The page a customer sees for a code: the gallery, or the message of its state. */
export function customerPage(code: string, gallery: Pick<Gallery, 'message' | 'photos'> & { state: string }): string {
  const photos = gallery.photos.map((photo) => `<li><img src="${escapeHtml(photo.url)}" alt="Photo ${escapeHtml(photo.id)}" loading="lazy"></li>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Photos for ${escapeHtml(code)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1 data-state="${escapeHtml(gallery.state)}">${escapeHtml(gallery.message)}</h1>
${photos.length > 0 ? `<ul>\n${photos.join('\n')}\n</ul>` : ''}
</body>
</html>
`;
}
