import type { Operation, Outcome } from '../repository.js';
import { replayOf, type RecordedOperation } from '../rules/operation-rules.js';
import { nowIso, one, type Sql } from './pool.js';

/**
 * Runs a write once per (account, operation key) inside the caller's transaction: the check, the write
 * and the record of its outcome commit together. Two processes running the same first write at once
 * both get this far; the second to insert the record conflicts, runs again, and replays.
 */
export async function applyOnce(sql: Sql, accountId: number, operation: Operation, write: () => Promise<Outcome>): Promise<Outcome & { replayed: boolean }> {
  const previous = await one<RecordedOperation>(sql, 'SELECT fingerprint, status, body FROM operations WHERE account_id = $1 AND key = $2', [accountId, operation.key]);
  if (previous) return replayOf(previous, operation);
  const outcome = await write();
  await sql.query('INSERT INTO operations (account_id, key, fingerprint, status, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    accountId,
    operation.key,
    operation.fingerprint,
    outcome.status,
    JSON.stringify(outcome.body),
    nowIso(),
  ]);
  return { ...outcome, replayed: false };
}
