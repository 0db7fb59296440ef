import type { FastifyInstance } from 'fastify';
import { activationBody, activationParams } from '../api-schemas.js';
import { answerWrite } from '../idempotency.js';
import { parseInput } from '../parse-input.js';
import type { Stores } from '../store/stores.js';

export function activationRoutes(app: FastifyInstance, { repository }: Stores): void {
  app.put('/api/jobs/:jobId/activations/:code', async (request, reply) => {
    const { jobId, code } = parseInput(activationParams, request.params, 'path');
    const { activated } = parseInput(activationBody, request.body, 'body');
    return answerWrite(repository, request, reply, { kind: 'set-activation', jobId, code, activated });
  });
}
