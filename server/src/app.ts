import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { requireToken } from './auth.js';
import { answerError } from './error-answer.js';
import { activationRoutes } from './routes/activations.js';
import { albumRoutes } from './routes/albums.js';
import type { Stores } from './store/stores.js';
import { galleryRoutes } from './routes/gallery.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { photoRoutes } from './routes/photos.js';
import { subjectRoutes } from './routes/subjects.js';
import { uploadRoutes } from './routes/uploads.js';

/** The shop server on the given stores, not yet listening; closing it closes the stores. */
export async function buildApp(stores: Stores, logger: FastifyServerOptions['logger'] = false): Promise<FastifyInstance> {
  const app = Fastify({ logger });
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: { code: 'not-found', message: `no route ${request.method} ${request.url}` } }));
  app.addHook('onClose', () => stores.repository.close());

  healthRoutes(app);
  galleryRoutes(app, stores);
  await app.register((photographer, _options, done) => {
    // Before the body is read: a request without a valid token is turned away before it can upload.
    photographer.addHook('onRequest', requireToken(stores.repository));
    for (const routes of [jobRoutes, subjectRoutes, photoRoutes, albumRoutes, activationRoutes, uploadRoutes]) routes(photographer, stores);
    done();
  });
  return app;
}
