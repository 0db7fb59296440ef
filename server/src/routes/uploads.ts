import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accountOf } from '../auth.js';
import { notFound } from '../refusal.js';
import { tusUploads, UPLOADS_PATH } from '../tus-uploads.js';
import { isUploadOf } from '../upload-id.js';
import type { Stores } from '../store/stores.js';

/** The tus protocol's methods; GET is left out: bytes leave the server only through the customer side. */
const TUS_METHODS = ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export function uploadRoutes(app: FastifyInstance, stores: Stores, options: { respectForwardedHeaders: boolean }): void {
  const tus = tusUploads(stores, app.log, options);
  // tus reads the request body itself, as a stream.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));

  const handOver = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply.hijack();
    await tus.handle(request.raw, reply.raw);
  };

  app.route({ method: ['POST', 'OPTIONS'], url: UPLOADS_PATH, handler: handOver });
  app.route({
    method: [...TUS_METHODS],
    url: `${UPLOADS_PATH}/:uploadId`,
    handler: async (request, reply) => {
      const { uploadId } = request.params as { uploadId: string };
      if (!isUploadOf(accountOf(request.raw).id, uploadId)) throw notFound(`upload ${uploadId}`);
      await handOver(request, reply);
    },
  });
}
