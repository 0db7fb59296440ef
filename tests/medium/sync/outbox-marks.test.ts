import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

interface Mark {
  kind: string;
  entity: number;
  opId: string;
  jobSyncId: string | null;
}

/**
 * What the shop must learn is written by the database in the same transaction as each change,
 * whichever path makes it: every change below leaves exactly the marks of the things it changed.
 */
describe('the sync outbox', () => {
  let work: string;
  let dbPath: string;
  let manifest: ShootManifest;
  let core: Core;
  let store: Database.Database;
  const marks = (): Mark[] =>
    store.prepare('SELECT kind, entity_id AS entity, op_id AS opId, job_sync_id AS jobSyncId FROM outbox ORDER BY seq').all() as Mark[];
  const kinds = (): string[] => marks().map((m) => `${m.kind} ${m.entity}`).sort();
  const id = (sql: string, ...params: unknown[]): number => (store.prepare(sql).pluck().get(...params) as number);
  const subjectOf = (code: string): number => id('SELECT subject_id FROM access_codes WHERE code = ?', code);
  const photoOf = (relPath: string): number => id('SELECT id FROM photos WHERE rel_path = ?', relPath);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-outbox-'));
    dbPath = join(work, 'db.sqlite');
    manifest = await generateShoot(join(work, 'shoot'), { seed: 81, subjects: 3, photosPerSubject: [2, 2] });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
    core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: 'Spring', names: join(work, 'names.csv') });
    store = new Database(dbPath);
  }, 120_000);
  afterAll(async () => {
    store.close();
    await core.close();
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('holds the job, each subject and each photo in a gallery after the first sort, once each', () => {
    const report = store.prepare(`SELECT count(DISTINCT photo_id) FROM photo_subjects`).pluck().get() as number;
    const subjects = store.prepare('SELECT count(*) FROM subjects').pluck().get() as number;
    expect(marks().filter((m) => m.kind === 'job')).toHaveLength(1);
    expect(marks().filter((m) => m.kind === 'subject')).toHaveLength(subjects);
    expect(marks().filter((m) => m.kind === 'photo')).toHaveLength(report);
    expect(new Set(marks().map((m) => m.opId)).size).toBe(marks().length);
  });

  describe('after it was sent', () => {
    beforeEach(() => void store.prepare('DELETE FROM outbox').run());

    it('marks the job when its status or name changes, and nothing when they stay', async () => {
      const job = id(`SELECT id FROM jobs WHERE name = 'Spring'`);
      await core.handlers['jobs.setStatus']({ name: 'Spring', status: 'planning' });
      expect(kinds()).toEqual([]);
      await core.handlers['jobs.setStatus']({ name: 'Spring', status: 'selling' });
      expect(kinds()).toEqual([`job ${job}`]);
      const first = marks()[0]?.opId;
      await core.handlers['jobs.rename']({ name: 'Spring', to: 'Spring 2026' });
      // Still one mark, with a new operation id: a send of the older state cannot clear it.
      expect(kinds()).toEqual([`job ${job}`]);
      expect(marks()[0]?.opId).not.toBe(first);
      await core.handlers['jobs.rename']({ name: 'Spring 2026', to: 'Spring' });
    });

    it('marks a subject when activated, deactivated, renamed or re-keyed', async () => {
      const [first, second] = manifest.subjects;
      if (!first || !second) throw new Error('two subjects expected');
      await core.handlers['codes.activate']({ job: 'Spring', all: false, codes: [first.code] });
      expect(kinds()).toEqual([`subject ${subjectOf(first.code)}`]);
      await core.handlers['codes.activate']({ job: 'Spring', all: false, codes: [first.code] });
      await core.handlers['subjects.rename']({ job: 'Spring', code: second.code, firstName: 'Ola', lastName: 'Nordmann', group: second.group });
      expect(kinds()).toEqual([`subject ${subjectOf(first.code)}`, `subject ${subjectOf(second.code)}`].sort());
      store.prepare('DELETE FROM outbox').run();
      const subjects = store.prepare('SELECT id FROM subjects').pluck().all() as number[];
      await core.handlers['codes.rekey']({ job: 'Spring', how: { suffix: '9' } });
      expect(kinds()).toEqual(subjects.map((s) => `subject ${s}`).sort());
    });

    it('marks the photos a change by hand moves or hides, and no other', async () => {
      const report = await core.handlers['galleries.get']({ job: 'Spring' });
      const [from, to] = report.galleries;
      const photo = from?.photos[0];
      if (!from || !to || !photo) throw new Error('two galleries expected');
      await core.handlers['photos.assign']({ job: 'Spring', photos: [photo], target: { code: to.code } });
      expect(kinds()).toEqual([`photo ${photoOf(photo)}`]);
      store.prepare('DELETE FROM outbox').run();
      await core.handlers['photos.setHidden']({ job: 'Spring', photos: [photo], hidden: true });
      expect(kinds()).toEqual([`photo ${photoOf(photo)}`]);
      store.prepare('DELETE FROM outbox').run();
      await core.handlers['history.step']({ job: 'Spring', direction: 'undo' });
      await core.handlers['history.step']({ job: 'Spring', direction: 'undo' });
      expect(kinds()).toEqual([`photo ${photoOf(photo)}`]);
    });

    it('leaves one mark when the job is deleted: its sync id, for the shop to retire its codes', async () => {
      const names = join(work, 'other.csv');
      writeFileSync(names, 'First Name,Last Name\nAda,Lim\n');
      await core.handlers['names.import']({ job: 'Other', file: names, dryRun: false });
      const job = id(`SELECT id FROM jobs WHERE name = 'Other'`);
      const syncId = store.prepare('SELECT sync_id FROM jobs WHERE id = ?').pluck().get(job) as string;
      expect(syncId).toMatch(/^[0-9a-f]{32}$/);
      expect(kinds()).toHaveLength(2);
      await core.handlers['jobs.delete']({ name: 'Other' });
      expect(marks()).toEqual([{ kind: 'job-deleted', entity: job, opId: expect.stringMatching(/^[0-9a-f]{32}$/) as string, jobSyncId: syncId }]);
    });
  });
});
