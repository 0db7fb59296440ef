import type { Account } from '../repository.js';
import { nowIso, one, type Sql } from './pool.js';

export async function addToken(sql: Sql, accountName: string, tokenHash: string): Promise<{ account: Account; accountCreated: boolean }> {
  const now = nowIso();
  const created = await sql.query('INSERT INTO accounts (name, created_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [accountName, now]);
  const account = (await one<Account>(sql, 'SELECT id, name FROM accounts WHERE name = $1', [accountName]))!;
  await sql.query('INSERT INTO tokens (hash, account_id, created_at) VALUES ($1, $2, $3)', [tokenHash, account.id, now]);
  return { account, accountCreated: (created.rowCount ?? 0) > 0 };
}

export function accountByToken(sql: Sql, tokenHash: string): Promise<Account | undefined> {
  return one<Account>(sql, 'SELECT accounts.id, accounts.name FROM tokens JOIN accounts ON accounts.id = tokens.account_id WHERE tokens.hash = $1', [tokenHash]);
}
