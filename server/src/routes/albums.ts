import type { FastifyInstance } from 'fastify';
import { jobParams } from '../api-schemas.js';
import { accountOf } from '../auth.js';
import { parseInput } from '../parse-input.js';
import type { Stores } from '../store/stores.js';

/** Albums are made by the photo records that name them (one per group, as on the desktop); here they are listed. */
export function albumRoutes(app: FastifyInstance, { repository }: Stores): void {
  app.get('/api/jobs/:jobId/albums', async (request) => {
    const { jobId } = parseInput(jobParams, request.params, 'path');
    return { albums: await repository.albums(accountOf(request.raw).id, jobId) };
  });
}
