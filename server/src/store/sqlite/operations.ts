import type { Operation, Outcome } from '../repository.js';
import { replayOf, type RecordedOperation } from '../rules/operation-rules.js';
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
      .get(accountId, operation.key) as RecordedOperation | undefined;
    if (previous) return replayOf(previous, operation);
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
