import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migratePostgres, PG_SCHEMA_VERSION } from '../../server/src/store/postgres/migrations/index.js';
import { postgresRepository } from '../../server/src/store/postgres/postgres-repository.js';
import { describeEachSetup, type Backing } from './support/setups.js';

describeEachSetup(
  "the server's PostgreSQL schema",
  (setup) => {
    let work: string;
    let backing: Backing;
    let pool: pg.Pool;
    const version = async () => (await pool.query<{ version: number }>('SELECT version FROM schema_version')).rows.map((row) => row.version);

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'shootdesk-pg-schema-'));
      backing = await setup.backing(work);
      pool = new pg.Pool({ connectionString: backing.stores.database });
    });
    afterAll(async () => {
      await pool.end();
      await backing.dispose();
      rmSync(work, { recursive: true, force: true });
    });

    it('migrates a new database to the current version, once, even with several servers starting together', async () => {
      await Promise.all([migratePostgres(pool, 'db'), migratePostgres(pool, 'db'), migratePostgres(pool, 'db')]);
      expect(await version()).toEqual([PG_SCHEMA_VERSION]);
      const tables = await pool.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1");
      expect(tables.rows.map((row) => row.name)).toEqual(['accounts', 'albums', 'codes', 'jobs', 'operations', 'photo_subjects', 'photos', 'schema_version', 'subjects', 'tokens']);
    });

    it('holds codes upper-cased, so one code in two spellings cannot both be stored', async () => {
      await expect(pool.query("INSERT INTO codes (code, job_id) VALUES ('abcd2345', 1)")).rejects.toThrow(/codes_code_check/);
    });

    it.each([
      ['a code as a customer types it', 'SELECT * FROM codes JOIN jobs ON jobs.id = codes.job_id WHERE codes.code = $1', /Index Scan using codes_pkey on codes/],
      ['the photos linked to a subject', 'SELECT * FROM photo_subjects JOIN photos ON photos.id = photo_subjects.photo_id WHERE photo_subjects.subject_id = $1', /photo_subjects_by_subject/],
      ['a replayed operation', 'SELECT * FROM operations WHERE account_id = $1 AND key = $2', /Index Scan using operations_pkey/],
      ['a token', 'SELECT * FROM tokens JOIN accounts ON accounts.id = tokens.account_id WHERE tokens.hash = $1', /Index Scan using tokens_pkey/],
    ])('finds %s through its index', async (_what, query, plan) => {
      const client = await pool.connect();
      try {
        // An empty table is read whole, whatever its indexes; the plan a full shop gets is the point.
        await client.query('SET enable_seqscan = off');
        const params = (query.match(/\$\d/g) ?? []).map(() => '1');
        const steps = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query}`, params);
        expect(steps.rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(plan);
      } finally {
        client.release();
      }
    });

    it('refuses a database written by a newer server, and leaves it as it was', async () => {
      await pool.query('UPDATE schema_version SET version = $1', [PG_SCHEMA_VERSION + 1]);
      await expect(postgresRepository(backing.stores.database!)).rejects.toThrow(`written by a newer shootdesk-server (schema ${PG_SCHEMA_VERSION + 1}, this one knows ${PG_SCHEMA_VERSION})`);
      expect(await version()).toEqual([PG_SCHEMA_VERSION + 1]);
    });
  },
  { sharedOnly: true },
);
