import type { FastifyInstance } from 'fastify';
import { CUSTOMER_PAGE_CSP, customerPage } from '../customer-page.js';
import { galleryFor, galleryPhoto } from '../gallery.js';
import { notFound } from '../refusal.js';
import type { Stores } from '../store/stores.js';

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic', tif: 'image/tiff', tiff: 'image/tiff' };
const contentTypeOf = (fileName: string): string => CONTENT_TYPES[/\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** The customer side: no token, only what a code may show. */
export function galleryRoutes(app: FastifyInstance, { repository, blobs }: Stores): void {
  app.get('/api/gallery/:code', async (request) => galleryFor(repository, (request.params as { code: string }).code));

  app.get('/api/gallery/:code/photos/:photoId', async (request, reply) => {
    const { code, photoId } = request.params as { code: string; photoId: string };
    const photo = await galleryPhoto(repository, code, photoId);
    if (!photo) throw notFound(`photo ${photoId} of code ${code}`);
    return reply
      .type(contentTypeOf(photo.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .send(await blobs.read(photo.blobKey));
  });

  app.get('/g/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CUSTOMER_PAGE_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(customerPage(code, await galleryFor(repository, code)));
  });
}
