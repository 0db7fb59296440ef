import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { MEDIA_SCHEME } from '../../shared/api/media-url.js';
import { resolveMediaPath } from './media-path.js';

/** Serves cached thumbnails and previews; anything that does not resolve inside the cache is a 404. */
export function serveMedia(cacheDir: string): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const file = resolveMediaPath(cacheDir, request.url);
    if (!file) return new Response(null, { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}
