import type { FastifyInstance } from 'fastify';
import { jobBody, jobParams } from '../api-schemas.js';
import { accountOf } from '../auth.js';
import { answerWrite, applyWrite, sendOutcome } from '../idempotency.js';
import { parseInput } from '../parse-input.js';
import type { Stores } from '../store/stores.js';

export function jobRoutes(app: FastifyInstance, { repository, blobs }: Stores): void {
  app.get('/api/jobs', async (request) => ({ jobs: await repository.jobs(accountOf(request.raw).id) }));

  app.get('/api/jobs/:jobId', async (request) => {
    const { jobId } = parseInput(jobParams, request.params, 'path');
    return repository.job(accountOf(request.raw).id, jobId);
  });

  app.put('/api/jobs/:jobId', async (request, reply) => {
    const { jobId } = parseInput(jobParams, request.params, 'path');
    const job = parseInput(jobBody, request.body, 'body');
    return answerWrite(repository, request, reply, { kind: 'put-job', jobId, job });
  });

  app.delete('/api/jobs/:jobId', async (request, reply) => {
    const { jobId } = parseInput(jobParams, request.params, 'path');
    // Listed before the delete, which forgets them; removed once it is committed, never before.
    const doomed = await repository.blobsOfJob(accountOf(request.raw).id, jobId);
    const outcome = await applyWrite(repository, request, { kind: 'delete-job', jobId });
    const removed = await Promise.allSettled(doomed.map((key) => blobs.remove(key)));
    for (const failure of removed.filter((result) => result.status === 'rejected')) request.log.warn({ err: failure.reason as unknown }, 'a deleted job\'s photo file stayed on disk');
    return sendOutcome(reply, outcome);
  });
}
