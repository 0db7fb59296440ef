import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Refusal } from './refusal.js';

/** Every error leaves as `{ error: { code, message } }`; a fault's details stay in the log. */
export function answerError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof Refusal) {
    if (error.status === 401) void reply.header('www-authenticate', 'Bearer');
    return reply.code(error.status).send({ error: { code: error.code, message: error.message } });
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status < 500) return reply.code(status).send({ error: { code: 'invalid-request', message: error.message } });
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send({ error: { code: 'internal', message: 'internal server error' } });
}
