import type { Account } from '../repository.js';
import { nowIso, type Db } from './open.js';

export function addToken(db: Db, accountName: string, tokenHash: string): { account: Account; accountCreated: boolean } {
  return db.transaction(() => {
    const now = nowIso();
    const created = db.prepare('INSERT INTO accounts (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(accountName, now);
    const account = db.prepare('SELECT id, name FROM accounts WHERE name = ?').get(accountName) as Account;
    db.prepare('INSERT INTO tokens (hash, account_id, created_at) VALUES (?, ?, ?)').run(tokenHash, account.id, now);
    return { account, accountCreated: created.changes > 0 };
  })();
}

export function accountByToken(db: Db, tokenHash: string): Account | undefined {
  return db
    .prepare('SELECT accounts.id, accounts.name FROM tokens JOIN accounts ON accounts.id = tokens.account_id WHERE tokens.hash = ?')
    .get(tokenHash) as Account | undefined;
}
