import { Refusal } from '../../refusal.js';
import type { Operation, Outcome } from '../repository.js';

export interface RecordedOperation {
  fingerprint: string;
  status: number;
  body: string;
}

/** A write already recorded under the operation's key: its first answer again, or a 409 for another request. */
export function replayOf(previous: RecordedOperation, operation: Operation): Outcome & { replayed: true } {
  if (previous.fingerprint !== operation.fingerprint) {
    throw new Refusal(409, 'operation-reused', `operation ${operation.key} was already used for another request`);
  }
  return { status: previous.status, body: JSON.parse(previous.body) as unknown, replayed: true };
}
