import type pg from 'pg';
import { MIGRATION_001 } from './001-initial.js';

/** Index i holds the SQL that brings the schema to version i + 1. */
const MIGRATIONS: readonly string[] = [MIGRATION_001];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

// Any constant: server processes starting together on one database migrate one after the other.
const MIGRATION_LOCK = 0x5d0c_5e4f;

/**
 * Applies every pending migration in one transaction, and refuses a database from a newer server.
 * `where` names the database in messages (its URL without the password).
 */
export async function migratePostgres(pool: pg.Pool, where: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows[0];
    const current = row?.version ?? 0;
    if (current > PG_SCHEMA_VERSION) {
      throw new Error(`${where} was written by a newer shootdesk-server (schema ${current}, this one knows ${PG_SCHEMA_VERSION})`);
    }
    for (const migration of MIGRATIONS.slice(current)) await client.query(migration);
    if (row) await client.query('UPDATE schema_version SET version = $1', [PG_SCHEMA_VERSION]);
    else await client.query('INSERT INTO schema_version (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
