import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../server/src/store/sqlite/migrations/index.js';
import { openServerDb } from '../../server/src/store/sqlite/open.js';

const work = mkdtempSync(join(tmpdir(), 'shootdesk-server-schema-'));

describe("the server's SQLite schema", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('migrates a new file to the current version, in WAL, with every table STRICT', () => {
    const db = openServerDb(join(work, 'new.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
    expect(tables.map((table) => table.name).sort()).toEqual(['accounts', 'albums', 'codes', 'jobs', 'operations', 'photo_subjects', 'photos', 'subjects', 'tokens']);
    expect(tables.filter((table) => table.strict !== 1)).toEqual([]);
    db.close();
  });

  it.each([
    ['a code as a customer types it', 'SELECT * FROM codes JOIN jobs ON jobs.id = codes.job_id WHERE codes.code = ?', /SEARCH codes USING INDEX sqlite_autoindex_codes_1 \(code=\?\)/],
    ['the photos linked to a subject', 'SELECT * FROM photo_subjects JOIN photos ON photos.id = photo_subjects.photo_id WHERE photo_subjects.subject_id = ?', /SEARCH photo_subjects USING (COVERING )?INDEX photo_subjects_by_subject \(subject_id=\?\)/],
    ['a replayed operation', 'SELECT * FROM operations WHERE account_id = ? AND key = ?', /SEARCH operations USING PRIMARY KEY \(account_id=\? AND key=\?\)/],
    ['a token', 'SELECT * FROM tokens JOIN accounts ON accounts.id = tokens.account_id WHERE tokens.hash = ?', /SEARCH tokens USING INDEX sqlite_autoindex_tokens_1 \(hash=\?\)/],
  ])('finds %s through its index', (_what, query, plan) => {
    const db = openServerDb(join(work, 'plans.sqlite'));
    const steps = (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...['x', 'x'].slice(0, (query.match(/\?/g) ?? []).length)) as { detail: string }[]).map((step) => step.detail);
    db.close();
    expect(steps.join('\n')).toMatch(plan);
  });

  it('refuses a database written by a newer server, and leaves it as it was', () => {
    const file = join(work, 'future.sqlite');
    const future = new Database(file);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    expect(() => openServerDb(file)).toThrow(/future\.sqlite was written by a newer shootdesk-server/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    after.close();
  });
});
