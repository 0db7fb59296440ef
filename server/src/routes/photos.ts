import type { FastifyInstance } from 'fastify';
import { jobParams, photoBody, photoParams } from '../api-schemas.js';
import { accountOf } from '../auth.js';
import { answerWrite } from '../idempotency.js';
import { parseInput } from '../parse-input.js';
import type { Stores } from '../store/stores.js';

export function photoRoutes(app: FastifyInstance, { repository }: Stores): void {
  app.get('/api/jobs/:jobId/photos', async (request) => {
    const { jobId } = parseInput(jobParams, request.params, 'path');
    return { photos: await repository.photos(accountOf(request.raw).id, jobId) };
  });

  app.get('/api/jobs/:jobId/photos/:photoId', async (request) => {
    const { jobId, photoId } = parseInput(photoParams, request.params, 'path');
    return repository.photoForUpload(accountOf(request.raw).id, jobId, photoId);
  });

  app.put('/api/jobs/:jobId/photos/:photoId', async (request, reply) => {
    const { jobId, photoId } = parseInput(photoParams, request.params, 'path');
    const photo = parseInput(photoBody, request.body, 'body');
    return answerWrite(repository, request, reply, { kind: 'put-photo', jobId, photoId, photo });
  });
}
