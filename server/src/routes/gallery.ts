import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CUSTOMER_PAGE_CSP, customerPage } from '../customer-page.js';
import { galleryFor, galleryPhoto, type Gallery } from '../gallery.js';
import { notFound, Refusal } from '../refusal.js';
import { wrongCodeLimit } from '../wrong-code-limit.js';
import type { Stores } from '../store/stores.js';

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic', tif: 'image/tiff', tiff: 'image/tiff' };
const contentTypeOf = (fileName: string): string => CONTENT_TYPES[/\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** The customer side: no token, only what a code may show, and no trying codes by the million. */
export function galleryRoutes(app: FastifyInstance, { repository, blobs }: Stores): void {
  const limit = wrongCodeLimit();
  const admit = (request: FastifyRequest, reply: FastifyReply): void => {
    const waitMs = limit.waitMs(request.ip);
    if (waitMs === 0) return;
    const minutes = Math.ceil(waitMs / 60_000);
    reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
    throw new Refusal(429, 'too-many-wrong-codes', `Too many incorrect codes were typed from your network. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  };
  const lookUp = async (request: FastifyRequest, reply: FastifyReply, code: string): Promise<Gallery> => {
    admit(request, reply);
    const gallery = await galleryFor(repository, code);
    if (gallery.state === 'incorrect-code') limit.recordWrong(request.ip);
    return gallery;
  };

  app.get('/api/gallery/:code', async (request, reply) => lookUp(request, reply, (request.params as { code: string }).code));

  app.get('/api/gallery/:code/photos/:photoId', async (request, reply) => {
    const { code, photoId } = request.params as { code: string; photoId: string };
    admit(request, reply);
    const { state, photo } = await galleryPhoto(repository, code, photoId);
    if (state === 'incorrect-code') limit.recordWrong(request.ip);
    if (!photo) throw notFound(`photo ${photoId} of code ${code}`);
    return reply
      .type(contentTypeOf(photo.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .send(await blobs.read(photo.blobKey));
  });

  app.get('/g/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    let page: { status: number; html: string };
    try {
      page = { status: 200, html: customerPage(code, await lookUp(request, reply, code)) };
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      page = { status: error.status, html: customerPage(code, { state: error.code, message: error.message, photos: [] }) };
    }
    return reply
      .code(page.status)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CUSTOMER_PAGE_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(page.html);
  });
}
