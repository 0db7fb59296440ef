import { Refusal } from '../../refusal.js';
import type { Operation, Outcome } from '../repository.js';
import { nowIso, type Db } from './open.js';

/**
 * Runs a write once per (account, operation key): the check, the write and the record of its outcome
 * share one transaction, so a crash leaves either all three or none, and a replay, also after a
 * restart, answers what the first run answered.
 */
export function applyOnce(db: Db, accountId: number, operation: Operation, write: () => Outcome): Outcome & { replayed: boolean } {
  return db.transaction(() => {
    const previous = db
      .prepare('SELECT fingerprint, status, body FROM operations WHERE account_id = ? AND key = ?')
      .get(accountId, operation.key) as { fingerprint: string; status: number; body: string } | undefined;
    if (previous) {
      if (previous.fingerprint !== operation.fingerprint) {
        throw new Refusal(409, 'operation-reused', `operation ${operation.key} was already used for another request`);
      }
      return { status: previous.status, body: JSON.parse(previous.body) as unknown, replayed: true };
    }
    const outcome = write();
    db.prepare('INSERT INTO operations (account_id, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      accountId,
      operation.key,
      operation.fingerprint,
      outcome.status,
      JSON.stringify(outcome.body),
      nowIso(),
    );
    return { ...outcome, replayed: false };
  })();
}
