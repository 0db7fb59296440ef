import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/create-core.js';
import { applySplit } from '../../../electron/core/db/apply-split.js';
import { openDatabase } from '../../../electron/core/db/open-db.js';
import { codeClassifier } from '../../../electron/core/jobs/classify-code.js';
import { loadSortInput } from '../../../electron/core/jobs/load-sort-input.js';
import { splitByCards } from '../../../electron/core/sort/split-by-cards.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { sortTrapsJob, type SortedTrapsJob } from '../../support/sorted-traps-job.js';
import { dumpSplitState, onCopyWithoutSplit } from '../../support/split-state.js';

const JOB = 'Traps';

/**
 * Core keeps each camera's shooting order between changes by hand (jobs/facts-order.ts) and redoes
 * only the walk from card to card. What it stores must be, after every change, what a split from
 * scratch stores: on a copy of the database, a fresh connection, every photo read anew and ordered
 * by splitByCards itself, with nothing of the split kept (card links, open review, index photos).
 */
describe('the shooting order kept between changes by hand', () => {
  let work: string;
  let manifest: ShootManifest;
  let core: Core;
  let sorted: SortedTrapsJob;
  beforeAll(async () => {
    sorted = await sortTrapsJob(JOB, 57);
    ({ work, manifest, core } = sorted);
  }, 180_000);
  afterAll(() => sorted.close());

  const stored = (): unknown => {
    const db = new Database(sorted.dbPath, { readonly: true });
    try {
      return dumpSplitState(db);
    } finally {
      db.close();
    }
  };

  /** `folder` names the photos in review messages: the folder of the sort that split last, or the job's. */
  const fromScratch = (name: string, folder?: string): unknown =>
    onCopyWithoutSplit(sorted.dbPath, join(work, `${name}.sqlite`), JOB, (db, job, named) => {
      const input = loadSortInput(db, job.id, named);
      const pause = job.subjectPauseMs === null ? {} : { suspiciousGapMs: job.subjectPauseMs, minSuspiciousGapMs: job.subjectPauseMs };
      applySplit(db, job.id, splitByCards(input.photos, codeClassifier(db, job.id), { unreadable: input.unreadable, ...pause }));
      return dumpSplitState(db);
    }, folder);

  /** Another Shootdesk on the same database stores what it read of some photos anew (a re-scan). */
  const rescan = (sql: string, ...params: unknown[]): void => {
    const other = openDatabase(sorted.dbPath);
    try {
      other.prepare(sql).run(...params);
    } finally {
      other.close();
    }
  };

  it('stores after every change by hand, its undo and redo, and a change of the photos, what a split from scratch stores', async () => {
    const h = core.handlers;
    // As the workspace does once the job shows: the order every change below starts from is read here.
    await expect(h['galleries.prepare']({ job: JOB })).resolves.toEqual({});
    await expect(h['galleries.prepare']({ job: 'No such job' })).rejects.toThrow(/No such job/);
    const report = await h['galleries.get']({ job: JOB });
    const [first, second, third] = report.galleries;
    const held = report.review.find((item) => item.reason !== 'foreign-qr' && item.reason !== 'duplicate');
    if (!first || !second || !third || !held || second.photos.length < 2 || third.photos.length < 2) throw new Error('the traps shoot lacks a gallery or a review group');
    const hidden = second.photos[1] ?? '';
    // A whole camera folder copied again into a second folder of the job: copies, and the job's photos change.
    const cameraFolder = dirname(third.photos[0] ?? '');
    const extra = join(work, 'extra');
    const copied = manifest.files.filter((file) => dirname(file.path) === cameraFolder && !file.path.includes('..'));
    for (const file of copied) {
      mkdirSync(join(extra, dirname(file.path)), { recursive: true });
      copyFileSync(join(manifest.root, file.path), join(extra, file.path));
    }
    expect(copied.length).toBeGreaterThan(5);

    const steps: [label: string, change: () => Promise<unknown>, folder?: string][] = [
      ['assign a held group', () => h['photos.assign']({ job: JOB, photos: held.photos, target: { code: first.code } })],
      ['hide a gallery photo', () => h['photos.setHidden']({ job: JOB, photos: [hidden], hidden: true })],
      ['show it again', () => h['photos.setHidden']({ job: JOB, photos: [hidden], hidden: false })],
      ['move a photo to a new spare', () => h['photos.assign']({ job: JOB, photos: [third.photos.at(-1) ?? ''], target: { newSpare: true } })],
      ['undo', () => h['history.step']({ job: JOB, direction: 'undo' })],
      ['redo', () => h['history.step']({ job: JOB, direction: 'redo' })],
      ['import a second folder holding copies', () => h['sort.run']({ folder: extra, job: JOB }), extra],
      [
        'a re-scan gives one photo another camera, then a photo is hidden',
        () => {
          rescan(`UPDATE photos SET serial = '55443322', make = 'Other', model = 'Other X' WHERE id = (SELECT id FROM photos WHERE rel_path = ? ORDER BY id LIMIT 1)`, third.photos[1] ?? '');
          return h['photos.setHidden']({ job: JOB, photos: [hidden], hidden: true });
        },
      ],
      [
        'a re-scan moves a capture time, then the hidden photo is shown',
        () => {
          rescan(`UPDATE photos SET captured_at = '2031:01:02 03:04:05' WHERE id = (SELECT id FROM photos WHERE rel_path = ? ORDER BY id LIMIT 1)`, second.photos[0] ?? '');
          return h['photos.setHidden']({ job: JOB, photos: [hidden], hidden: false });
        },
      ],
      ['undo after the photos changed', () => h['history.step']({ job: JOB, direction: 'undo' })],
    ];

    let previous = stored();
    expect(fromScratch('sorted', manifest.root)).toEqual(previous);
    for (const [index, [label, change, folder]] of steps.entries()) {
      await change();
      const now = stored();
      expect(now, label).not.toEqual(previous);
      expect(fromScratch(`step-${index}`, folder), label).toEqual(now);
      previous = now;
    }
  }, 180_000);
});
