import pg from 'pg';

/** A pool or a client inside a transaction: query functions take either. */
export type Sql = Pick<pg.PoolClient, 'query'>;

const INT8 = 20;

/**
 * A connection pool on the server's database. bigint columns (sizes up to 2 GiB, counts) come back as
 * numbers: every one of them stays far below 2^53.
 */
export function openPool(url: string): pg.Pool {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8, 'text', Number);
  const pool = new pg.Pool({ connectionString: url, types });
  // An idle connection the database dropped must not take the process down: the pool makes a new one.
  pool.on('error', () => undefined);
  return pool;
}

/** The first row of a query, or undefined. */
export async function one<T>(sql: Sql, text: string, values: unknown[] = []): Promise<T | undefined> {
  return (await sql.query(text, values)).rows[0] as T | undefined;
}

export async function all<T>(sql: Sql, text: string, values: unknown[] = []): Promise<T[]> {
  return (await sql.query(text, values)).rows as T[];
}

export function nowIso(): string {
  return new Date().toISOString();
}
