import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { findJob } from '../../../electron/core/db/jobs.js';
import { openDatabase, type Db } from '../../../electron/core/db/open-db.js';
import { splitJob } from '../../../electron/core/jobs/split-job.js';
import { jobFolder } from '../../../electron/core/tagging/job-folder.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { trapsShootSpec } from '../../support/shoot/shoot-spec.js';

const JOB = 'Traps';

/** Everything a split stores, without ids of review items and timestamps (neither says what a parent sees). */
function dumpSplitState(db: Db): unknown {
  return {
    links: db.prepare('SELECT photo_id, subject_id, source FROM photo_subjects ORDER BY photo_id, subject_id').raw().all(),
    kinds: db.prepare('SELECT id, kind, hidden FROM photos ORDER BY id').raw().all(),
    indexPhotos: db.prepare('SELECT id, index_photo_id FROM subjects ORDER BY id').raw().all(),
    review: db
      .prepare(
        `SELECT r.reason, r.message, (SELECT group_concat(photo_id || '@' || position) FROM
           (SELECT photo_id, position FROM review_item_photos WHERE review_id = r.id ORDER BY position)) AS photos
         FROM review_items r WHERE r.resolved_at IS NULL ORDER BY r.id`,
      )
      .raw()
      .all(),
  };
}

/** The job's split written from nothing, on a copy: no card link, open review item or index photo to keep. */
function splitFromScratch(dbPath: string, work: string, name: string): { state: unknown; changesOfRerun: number } {
  const copyPath = join(work, `${name}.sqlite`);
  const source = new Database(dbPath, { readonly: true });
  try {
    source.prepare('VACUUM INTO ?').run(copyPath);
  } finally {
    source.close();
  }
  const db = openDatabase(copyPath);
  try {
    const job = findJob(db, JOB);
    const folder = job ? jobFolder(db, job.id) : null;
    if (!job || folder === null) throw new Error(`no job ${JOB} in ${copyPath}`);
    db.prepare(`DELETE FROM photo_subjects WHERE source = 'card'`).run();
    db.prepare('DELETE FROM review_items').run();
    db.prepare('UPDATE subjects SET index_photo_id = NULL').run();
    splitJob(db, job, folder);
    const state = dumpSplitState(db);
    const totalChanges = (): number => db.prepare('SELECT total_changes()').pluck().get() as number;
    const before = totalChanges();
    splitJob(db, job, folder);
    return { state, changesOfRerun: totalChanges() - before };
  } finally {
    db.close();
  }
}

describe('storing a split writes only what changed', () => {
  let work: string;
  let manifest: ShootManifest;
  let core: Core;
  const dbPath = (): string => join(work, 'db.sqlite');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-apply-split-'));
    manifest = await generateShoot(join(work, 'shoot'), trapsShootSpec({ seed: 21 }));
    const names = join(work, 'names.csv');
    await writeNamesCsv(manifest, names, { variant: 'comma' });
    core = createCore({ dbPath: dbPath(), cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: JOB, names });
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('leaves after every change by hand, and its undo and redo, what writing the whole split leaves', async () => {
    const h = core.handlers;
    const report = await h['galleries.get']({ job: JOB });
    const [first, second, third] = report.galleries;
    const unreadable = report.review.find((item) => item.reason === 'unreadable-card');
    const held = report.review.find((item) => item.reason !== 'unreadable-card' && item.reason !== 'foreign-qr');
    if (!first || !second || !third || !unreadable || !held || third.photos.length < 2) throw new Error('the traps shoot lacks a gallery or a review group');

    const changes: [string, () => Promise<unknown>][] = [
      ['assign a held group', () => h['photos.assign']({ job: JOB, photos: held.photos, target: { code: first.code } })],
      ['hide a gallery photo', () => h['photos.setHidden']({ job: JOB, photos: [second.photos[0] ?? ''], hidden: true })],
      ['read an unreadable card', () => h['photos.markCard']({ job: JOB, photo: unreadable.photos[0] ?? '', code: third.code })],
      ['merge two galleries', () => h['subjects.merge']({ job: JOB, from: second.code, into: first.code })],
      ['keep a gallery photo unassigned', () => h['photos.keepUnassigned']({ job: JOB, photos: [third.photos[0] ?? ''], keep: true })],
      ['move a photo to a new spare', () => h['photos.assign']({ job: JOB, photos: [third.photos.at(-1) ?? ''], target: { newSpare: true } })],
      ['undo', () => h['history.step']({ job: JOB, direction: 'undo' })],
      ['undo again', () => h['history.step']({ job: JOB, direction: 'undo' })],
      ['undo the merge', () => h['history.step']({ job: JOB, direction: 'undo' })],
      ['redo', () => h['history.step']({ job: JOB, direction: 'redo' })],
    ];

    const read = (): unknown => {
      const db = new Database(dbPath(), { readonly: true });
      try {
        return dumpSplitState(db);
      } finally {
        db.close();
      }
    };
    let previous = read();
    expect(splitFromScratch(dbPath(), work, 'sorted').state).toEqual(previous);
    for (const [index, [label, change]] of changes.entries()) {
      await change();
      const now = read();
      // Each step moves something, so each one exercises the writing of a difference.
      expect(now, label).not.toEqual(previous);
      const scratch = splitFromScratch(dbPath(), work, `step-${index}`);
      expect(scratch.state, label).toEqual(now);
      expect(scratch.changesOfRerun, `${label}: a split of an unchanged job writes nothing`).toBe(0);
      previous = now;
    }
  }, 120_000);
});
