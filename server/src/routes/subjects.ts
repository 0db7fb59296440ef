import type { FastifyInstance } from 'fastify';
import { jobParams, subjectBody, subjectParams } from '../api-schemas.js';
import { accountOf } from '../auth.js';
import { answerWrite } from '../idempotency.js';
import { parseInput } from '../parse-input.js';
import type { Stores } from '../store/stores.js';

export function subjectRoutes(app: FastifyInstance, { repository }: Stores): void {
  app.get('/api/jobs/:jobId/subjects', async (request) => {
    const { jobId } = parseInput(jobParams, request.params, 'path');
    return { subjects: await repository.subjects(accountOf(request.raw).id, jobId) };
  });

  app.put('/api/jobs/:jobId/subjects/:subjectId', async (request, reply) => {
    const { jobId, subjectId } = parseInput(subjectParams, request.params, 'path');
    const subject = parseInput(subjectBody, request.body, 'body');
    return answerWrite(repository, request, reply, { kind: 'put-subject', jobId, subjectId, subject });
  });
}
