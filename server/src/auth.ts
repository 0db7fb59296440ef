import type { FastifyRequest } from 'fastify';
import { Refusal } from './refusal.js';
import type { Account, Repository } from './store/repository.js';
import { hashToken } from './tokens.js';

// Keyed by the Node request, which the tus handler sees too (as its request's runtime.node.req).
const accounts = new WeakMap<object, Account>();

/** A preHandler that admits a request only with `Authorization: Bearer <token>` of a known token. */
export function requireToken(repository: Repository): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const token = /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new Refusal(401, 'unauthorized', 'Authorization: Bearer <token> required');
    const account = await repository.accountByToken(hashToken(token));
    if (!account) throw new Refusal(401, 'unauthorized', 'unknown API token');
    accounts.set(request.raw, account);
  };
}

/** The account `requireToken` admitted the request for. */
export function accountOf(request: object): Account {
  const account = accounts.get(request);
  if (!account) throw new Error('accountOf called on a request no token check admitted');
  return account;
}
