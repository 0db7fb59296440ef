import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrations/index.js';

describe('migration 10: which bytes stand for each photo at the shop', () => {
  it('keeps a version-9 store’s outbox, keeps one choice per photo, and forgets it with its photo', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, ':memory:', 9);
    db.exec(`
      INSERT INTO jobs (id, name, created_at) VALUES (1, 'Spring', 'now');
      INSERT INTO albums (id, job_id, name) VALUES (1, 1, 'cam-a');
      INSERT INTO photos (id, job_id, album_id, root, rel_path, size, created_at) VALUES (1, 1, 1, '/shoot', 'IMG_0001.JPG', 10, 'now'), (2, 1, 1, '/shoot', 'IMG_0002.JPG', 10, 'now');
    `);
    const marks = db.prepare('SELECT kind, entity_id AS entity FROM outbox ORDER BY seq').all();
    expect(migrate(db, ':memory:', 10)).toBe(10);
    expect(db.prepare('SELECT kind, entity_id AS entity FROM outbox ORDER BY seq').all()).toEqual(marks);

    db.exec(`INSERT INTO sync_photo_bytes (photo_id, resized, chosen_at) VALUES (1, 1, 'now'), (2, 0, 'now')`);
    expect(() => db.exec(`INSERT INTO sync_photo_bytes (photo_id, resized, chosen_at) VALUES (1, 0, 'now')`)).toThrow(/UNIQUE/);
    expect(() => db.exec(`INSERT INTO sync_photo_bytes (photo_id, resized, chosen_at) VALUES (3, 0, 'now')`)).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`UPDATE sync_photo_bytes SET resized = 2 WHERE photo_id = 2`)).toThrow(/CHECK/);
    db.exec('DELETE FROM photos WHERE id = 1');
    expect(db.prepare('SELECT photo_id AS photoId, resized FROM sync_photo_bytes').all()).toEqual([{ photoId: 2, resized: 0 }]);
  });
});
