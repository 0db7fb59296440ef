import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/create-core.js';
import { splitJob } from '../../../electron/core/jobs/split-job.js';
import { sortTrapsJob, type SortedTrapsJob } from '../../support/sorted-traps-job.js';
import { dumpSplitState, onCopyWithoutSplit } from '../../support/split-state.js';

const JOB = 'Traps';

/** The job's split written from nothing, on a copy: no card link, open review item or index photo to keep. */
function splitFromScratch(dbPath: string, work: string, name: string): { state: unknown; changesOfRerun: number } {
  return onCopyWithoutSplit(dbPath, join(work, `${name}.sqlite`), JOB, (db, job, folder) => {
    splitJob(db, job, folder);
    const state = dumpSplitState(db);
    const totalChanges = (): number => db.prepare('SELECT total_changes()').pluck().get() as number;
    const before = totalChanges();
    splitJob(db, job, folder);
    return { state, changesOfRerun: totalChanges() - before };
  });
}

describe('storing a split writes only what changed', () => {
  let work: string;
  let core: Core;
  let sorted: SortedTrapsJob;
  beforeAll(async () => {
    sorted = await sortTrapsJob(JOB, 21);
    ({ work, core } = sorted);
  }, 180_000);
  afterAll(() => sorted.close());

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
      const db = new Database(sorted.dbPath, { readonly: true });
      try {
        return dumpSplitState(db);
      } finally {
        db.close();
      }
    };
    let previous = read();
    expect(splitFromScratch(sorted.dbPath, work, 'sorted').state).toEqual(previous);
    for (const [index, [label, change]] of changes.entries()) {
      await change();
      const now = read();
      // Each step moves something, so each one exercises the writing of a difference.
      expect(now, label).not.toEqual(previous);
      const scratch = splitFromScratch(sorted.dbPath, work, `step-${index}`);
      expect(scratch.state, label).toEqual(now);
      expect(scratch.changesOfRerun, `${label}: a split of an unchanged job writes nothing`).toBe(0);
      previous = now;
    }
  }, 120_000);
});
