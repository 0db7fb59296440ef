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

  it('version 2 keeps a version-1 store’s review items and photos, and accepts the new reasons', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, ':memory:', 1);
    db.exec(`
      INSERT INTO jobs (id, name, created_at) VALUES (1, 'Spring', 'now');
      INSERT INTO albums (id, job_id, name) VALUES (1, 1, 'cam-a');
      INSERT INTO photos (id, job_id, album_id, root, rel_path, size, qr_codes, qr_at, created_at)
        VALUES (1, 1, 1, '/shoot', 'IMG_0001.JPG', 10, '["K7QX2MPA"]', 'now', 'now'), (2, 1, 1, '/shoot', 'IMG_0002.JPG', 10, '[]', 'now', 'now');
      INSERT INTO review_items (id, job_id, reason, message, resolved_at, created_at) VALUES (7, 1, 'unreadable-card', 'held', NULL, 'now');
      INSERT INTO review_item_photos (review_id, photo_id, position) VALUES (7, 2, 0);
    `);
    expect(migrate(db, ':memory:', 2)).toBe(2);
    expect(db.prepare('SELECT id, reason, message FROM review_items').all()).toEqual([{ id: 7, reason: 'unreadable-card', message: 'held' }]);
    expect(db.prepare('SELECT review_id AS reviewId, photo_id AS photoId FROM review_item_photos').all()).toEqual([{ reviewId: 7, photoId: 2 }]);
    // Photos analysed before sizes were kept stay analysed: their card frames must not drop out of the split.
    expect(db.prepare('SELECT id, qr_at AS qrAt, qr_sizes AS qrSizes FROM photos ORDER BY id').all()).toEqual([
      { id: 1, qrAt: 'now', qrSizes: null },
      { id: 2, qrAt: 'now', qrSizes: null },
    ]);
    for (const reason of ['background-card', 'clock-change', 'mixed-cameras']) {
      db.prepare(`INSERT INTO review_items (job_id, reason, message, created_at) VALUES (1, ?, 'm', 'now')`).run(reason);
    }
    expect(() => db.prepare(`INSERT INTO review_items (job_id, reason, message, created_at) VALUES (1, 'nonsense', 'm', 'now')`).run()).toThrow(/CHECK/);
    // The rebuilt photo list still cascades from its review item.
    db.prepare('DELETE FROM review_items WHERE id = 7').run();
    expect(db.prepare('SELECT count(*) AS n FROM review_item_photos').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('version 3 keeps a version-2 store’s photos undecided, and reads a job’s history by its index', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, ':memory:', 2);
    db.exec(`
      INSERT INTO jobs (id, name, created_at) VALUES (1, 'Spring', 'now');
      INSERT INTO albums (id, job_id, name) VALUES (1, 1, 'cam-a');
      INSERT INTO photos (id, job_id, album_id, root, rel_path, size, kind, hidden, created_at)
        VALUES (1, 1, 1, '/shoot', 'IMG_0001.JPG', 10, 'card', 1, 'now'), (2, 1, 1, '/shoot', 'IMG_0002.JPG', 10, 'photo', 0, 'now');
    `);
    expect(migrate(db, ':memory:', 3)).toBe(3);
    expect(db.prepare('SELECT id, kind, hidden, hidden_by_hand AS byHand FROM photos ORDER BY id').all()).toEqual([
      { id: 1, kind: 'card', hidden: 1, byHand: null },
      { id: 2, kind: 'photo', hidden: 0, byHand: null },
    ]);
    expect(() => db.prepare('UPDATE photos SET hidden_by_hand = 2 WHERE id = 1').run()).toThrow(/CHECK/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM tag_history WHERE job_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1').all(1) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING (COVERING )?INDEX tag_history_by_job/);

    // Version 4: a card read by hand names its subject; deleting the subject drops the decision.
    expect(migrate(db, ':memory:', 4)).toBe(4);
    db.exec(`INSERT INTO subjects (id, job_id, first_name, last_name, created_at) VALUES (7, 1, 'Ada', 'Lim', 'now')`);
    db.prepare('UPDATE photos SET card_subject_by_hand = 7 WHERE id = 1').run();
    expect(() => db.prepare('UPDATE photos SET card_subject_by_hand = 99 WHERE id = 2').run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM subjects WHERE id = 7').run();
    expect(db.prepare('SELECT card_subject_by_hand AS subject FROM photos WHERE id = 1').get()).toEqual({ subject: null });

    // Version 5: photos kept unassigned by hand; none is, until she says so.
    expect(migrate(db, ':memory:', 5)).toBe(5);
    expect(db.prepare('SELECT id, kept_unassigned AS kept FROM photos ORDER BY id').all()).toEqual([
      { id: 1, kept: 0 },
      { id: 2, kept: 0 },
    ]);
    expect(() => db.prepare('UPDATE photos SET kept_unassigned = NULL WHERE id = 1').run()).toThrow(/NOT NULL/);

    // Version 6: a job's photos come in id order from an index, without sorting them each time.
    const listPlan = (): string =>
      (db.prepare('EXPLAIN QUERY PLAN SELECT id FROM photos WHERE job_id = ? AND qr_at IS NOT NULL AND error IS NULL ORDER BY id').all(1) as { detail: string }[]).map((step) => step.detail).join('\n');
    expect(listPlan()).toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect(migrate(db, ':memory:', 6)).toBe(6);
    expect(listPlan()).toMatch(/USING INDEX photos_analysed/);
    expect(listPlan()).not.toMatch(/TEMP B-TREE/);
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
    { name: 'the review items holding a photo', sql: 'SELECT review_id FROM review_item_photos WHERE photo_id = 1', index: 'review_item_photos_by_photo' },
  ])('plans "$name" on its index', ({ sql, index }) => {
    const db = openDatabase(':memory:');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');
    expect(plan).toContain(index);
  });
});
