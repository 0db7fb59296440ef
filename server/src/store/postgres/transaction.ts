import type pg from 'pg';
import type { Sql } from './pool.js';

// serialization_failure, deadlock_detected, unique_violation: another server process changed what this
// transaction read (two first writes of one operation, two subjects taking one code, two uploads of one
// photo finishing). Run again, the transaction sees the other's commit and decides by it.
const RETRY = new Set(['40001', '40P01', '23505']);
const ATTEMPTS = 12;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in one SERIALIZABLE transaction, so several server processes on one database act as if
 * they took turns; a conflict with a concurrent transaction rolls back and runs it again.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (sql: Sql) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !RETRY.has(code) || attempt === ATTEMPTS) throw error;
    } finally {
      client.release();
    }
    await pause(Math.random() * 10 * attempt);
  }
}
