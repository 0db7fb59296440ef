import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app/create-core.js';
import { findJob } from '../../../electron/core/db/jobs.js';
import { openDatabase, type Db } from '../../../electron/core/db/open-db.js';
import { loadSortInput, type SortInput } from '../../../electron/core/jobs/load-sort-input.js';
import { jobFolder } from '../../../electron/core/tagging/job-folder.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { trapsShootSpec } from '../../support/shoot/shoot-spec.js';

const JOB = 'Traps';

/**
 * Each column of a photo the split reads besides decisions, with a change a re-scan (or another
 * Shootdesk on the same database) could make to it. `id` is a photo with a capture time and a code.
 */
const FACT_CHANGES: [column: string, sql: string][] = [
  ['root', `UPDATE photos SET root = root || '-moved' WHERE id = ?`],
  ['rel_path', `UPDATE photos SET rel_path = 'renamed/' || rel_path WHERE id = ?`],
  // A copy of another analysed photo.
  ['sha256', `UPDATE photos SET sha256 = (SELECT q.sha256 FROM photos q WHERE q.id != photos.id AND q.qr_at IS NOT NULL AND q.error IS NULL ORDER BY q.id LIMIT 1) WHERE id = ?`],
  ['make', `UPDATE photos SET make = 'Other make' WHERE id = ?`],
  ['model', `UPDATE photos SET model = 'Other model' WHERE id = ?`],
  ['serial', `UPDATE photos SET serial = '99887766' WHERE id = ?`],
  ['captured_at', `UPDATE photos SET captured_at = '2031:01:02 03:04:05' WHERE id = ?`],
  ['subsec', `UPDATE photos SET subsec = '42' WHERE id = ?`],
  ['qr_codes', `UPDATE photos SET qr_codes = '[]' WHERE id = ?`],
  ['qr_sizes', `UPDATE photos SET qr_sizes = '[0.01]' WHERE id = ?`],
  ['qr_undecodable', `UPDATE photos SET qr_undecodable = 1 - qr_undecodable WHERE id = ?`],
  ['qr_card_like', `UPDATE photos SET qr_card_like = 1 - qr_card_like WHERE id = ?`],
  ['qr_at', `UPDATE photos SET qr_at = NULL WHERE id = ?`],
  ['error', `UPDATE photos SET error = 'truncated JPEG' WHERE id = ?`],
  ['a photo removed', `DELETE FROM photos WHERE id = ?`],
  [
    'a photo added',
    `INSERT INTO photos (job_id, album_id, root, rel_path, size, sha256, captured_at, qr_codes, qr_sizes, qr_undecodable, qr_card_like, qr_at, created_at)
     SELECT job_id, album_id, root, rel_path || '.copy.jpg', size, sha256, captured_at, qr_codes, qr_sizes, qr_undecodable, qr_card_like, qr_at, created_at
     FROM photos WHERE id = ?`,
  ],
];

describe('the split input kept between changes by hand', () => {
  let work: string;
  let manifest: ShootManifest;
  const dbPath = (): string => join(work, 'db.sqlite');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-sort-facts-'));
    manifest = await generateShoot(join(work, 'shoot'), trapsShootSpec({ seed: 33 }));
    const names = join(work, 'names.csv');
    await writeNamesCsv(manifest, names, { variant: 'comma' });
    const core = createCore({ dbPath: dbPath(), cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: JOB, names });
    await core.close();
  }, 180_000);
  afterAll(async () => {
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  /** The input as a connection that has read nothing before sees it. */
  const freshInput = (): SortInput => {
    const db = openDatabase(dbPath());
    try {
      return inputOf(db);
    } finally {
      db.close();
    }
  };
  const inputOf = (db: Db): SortInput => {
    const job = findJob(db, JOB);
    const folder = job ? jobFolder(db, job.id) : null;
    if (!job || folder === null) throw new Error(`no job ${JOB}`);
    return loadSortInput(db, job.id, folder);
  };
  const codedPhoto = (db: Db): number =>
    db.prepare(`SELECT id FROM photos WHERE qr_codes != '[]' AND captured_at IS NOT NULL AND error IS NULL AND qr_at IS NOT NULL ORDER BY id LIMIT 1`).pluck().get() as number;

  it.each(FACT_CHANGES)('reads the photos again after a change to %s, on this connection or another', (_column, sql) => {
    const db = openDatabase(dbPath());
    const other = openDatabase(dbPath());
    try {
      const before = inputOf(db);
      expect(inputOf(db)).toEqual(before);
      const id = codedPhoto(db);
      // Another Shootdesk changes the photo and puts it back: this connection must see both.
      const undo = other.transaction(() => {
        const row = other.prepare('SELECT * FROM photos WHERE id = ?').get(id) as Record<string, unknown>;
        other.prepare(sql).run(id);
        return row;
      })();
      const changed = freshInput();
      expect(changed).not.toEqual(before);
      expect(inputOf(db)).toEqual(changed);
      restore(other, undo);
      expect(inputOf(db)).toEqual(before);
      // And the same change made on this very connection.
      const own = db.prepare('SELECT * FROM photos WHERE id = ?').get(id) as Record<string, unknown>;
      db.prepare(sql).run(id);
      expect(inputOf(db)).toEqual(changed);
      restore(db, own);
      expect(inputOf(db)).toEqual(before);
    } finally {
      db.close();
      other.close();
    }
  });

  it('reads decisions by hand fresh on every call, without reading the photos again', () => {
    const db = openDatabase(dbPath());
    try {
      const version = (): number => db.prepare('SELECT version FROM photo_facts_version').pluck().get() as number;
      const before = inputOf(db);
      const id = codedPhoto(db);
      const at = version();
      db.prepare('UPDATE photos SET hidden_by_hand = 1, kept_unassigned = 1, kind = ?, hidden = 1 WHERE id = ?').run('card', id);
      expect(version()).toBe(at);
      const decided = inputOf(db).photos.find((photo) => photo.id === id);
      expect(decided).toMatchObject({ hiddenByHand: true, keptUnassigned: true });
      expect(inputOf(db)).toEqual(freshInput());
      expect(before.photos.find((photo) => photo.id === id)).not.toHaveProperty('hiddenByHand');
    } finally {
      db.close();
    }
  });
});

/** Puts a photo row back as it was (a deleted one is inserted again, an added copy removed). */
function restore(db: Db, row: Record<string, unknown>): void {
  db.transaction(() => {
    db.prepare(`DELETE FROM photos WHERE job_id = ? AND rel_path = ?`).run(row.job_id, `${String(row.rel_path)}.copy.jpg`);
    db.prepare('DELETE FROM photos WHERE id = ?').run(row.id);
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO photos (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((column) => row[column]));
  })();
}
