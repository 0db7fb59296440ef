import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../../electron/core/db/migrations/index.js';
import { openDatabase } from '../../../electron/core/db/open-db.js';

function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'shootdesk-db-')), 'test.sqlite');
}

describe('migrations', () => {
  it('brings an empty database to version 1 with every table', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:', 1)).toBe(1);
    const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual([
      'access_codes', 'albums', 'jobs', 'outbox', 'photo_subjects', 'photos', 'review_item_photos', 'review_items', 'scan_errors', 'subjects', 'tag_history',
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('opens a real file in WAL mode with full sync and foreign keys', () => {
    const db = openDatabase(tempDbPath());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer Shootdesk and leaves it untouched', () => {
    const file = tempDbPath();
    const future = new Database(file);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    expect(() => openDatabase(file)).toThrow(/newer Shootdesk .*update Shootdesk/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    again.close();
  });

  it('rejects wrong types and unknown statuses (STRICT tables, CHECKs)', () => {
    const db = openDatabase(':memory:');
    expect(() => db.prepare(`INSERT INTO jobs (name, status, created_at) VALUES ('J', 'live', 'now')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO jobs (name, created_at) VALUES ('J', X'00')`).run()).toThrow(/cannot store BLOB value in TEXT column/);
  });

  it.each([
    { name: 'pending photos of a job', sql: 'SELECT id FROM photos WHERE job_id = 1 AND qr_at IS NULL ORDER BY id', index: 'photos_pending' },
    { name: 'a subject’s photos', sql: 'SELECT photo_id FROM photo_subjects WHERE subject_id = 1', index: 'photo_subjects_by_subject' },
    { name: 'a job’s codes', sql: 'SELECT code FROM access_codes WHERE job_id = 1', index: 'access_codes_by_job' },
  ])('plans "$name" on its index', ({ sql, index }) => {
    const db = openDatabase(':memory:');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');
    expect(plan).toContain(index);
  });
});
