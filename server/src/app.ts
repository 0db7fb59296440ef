import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { requireToken } from './auth.js';
import { answerError } from './error-answer.js';
import { sweepAbandonedUploads } from './expire-uploads.js';
import { activationRoutes } from './routes/activations.js';
import { albumRoutes } from './routes/albums.js';
import type { Stores } from './store/stores.js';
import { galleryRoutes } from './routes/gallery.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { photoRoutes } from './routes/photos.js';
import { subjectRoutes } from './routes/subjects.js';
import { uploadRoutes } from './routes/uploads.js';

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /**
   * The proxies in front of the server (addresses or CIDR ranges, comma-separated): their
   * X-Forwarded-For names the customer, and X-Forwarded-Proto/Host the address upload URLs are given
   * under. Without it those headers are ignored, so nobody can claim another address by sending them.
   */
  trustProxy?: string;
}

/** The shop server on the given stores, not yet listening; closing it closes the stores. */
export async function buildApp(stores: Stores, { logger = false, trustProxy }: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger, ...(trustProxy ? { trustProxy } : {}) });
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: { code: 'not-found', message: `no route ${request.method} ${request.url}` } }));
  app.addHook('onClose', async () => {
    await stores.repository.close();
    await stores.locker?.close();
  });
  if (stores.blobs.expiry) sweepAbandonedUploads(app, stores.blobs.expiry);

  healthRoutes(app);
  galleryRoutes(app, stores);
  await app.register((photographer, _options, done) => {
    // Before the body is read: a request without a valid token is turned away before it can upload.
    photographer.addHook('onRequest', requireToken(stores.repository));
    for (const routes of [jobRoutes, subjectRoutes, photoRoutes, albumRoutes, activationRoutes]) routes(photographer, stores);
    uploadRoutes(photographer, stores, { respectForwardedHeaders: trustProxy !== undefined });
    done();
  });
  return app;
}
