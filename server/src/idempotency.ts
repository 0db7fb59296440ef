import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { accountOf } from './auth.js';
import { parseInput } from './parse-input.js';
import type { Operation, Outcome, Repository, Write } from './store/repository.js';

const operationKey = z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/, 'expected 1-200 letters, digits, _ . : or -');

/**
 * The operation a write request carries: its `Idempotency-Key` header, and a fingerprint of the write as
 * parsed (so a replay that differs only in spelling, such as a code's case, is the same request).
 */
export function operationOf(request: FastifyRequest, write: Write): Operation {
  const key = parseInput(operationKey, request.headers['idempotency-key'], 'header Idempotency-Key');
  return { key, fingerprint: createHash('sha256').update(JSON.stringify(write)).digest('hex') };
}

type Applied = Outcome & { replayed: boolean };

export function applyWrite(repository: Repository, request: FastifyRequest, write: Write): Promise<Applied> {
  return repository.apply(accountOf(request.raw).id, operationOf(request, write), write);
}

/** `Idempotent-Replayed: true` marks the answer to a replay. */
export function sendOutcome(reply: FastifyReply, outcome: Applied): FastifyReply {
  return reply.code(outcome.status).header('idempotent-replayed', String(outcome.replayed)).send(outcome.body);
}

export async function answerWrite(repository: Repository, request: FastifyRequest, reply: FastifyReply, write: Write): Promise<FastifyReply> {
  return sendOutcome(reply, await applyWrite(repository, request, write));
}
