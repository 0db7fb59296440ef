import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

describe('tagging history in the database', () => {
  let work: string;
  let manifest: ShootManifest;
  let core: Core;
  const dbPath = (): string => join(work, 'db.sqlite');
  const open = (): Core => createCore({ dbPath: dbPath(), cacheDir: join(work, 'cache'), emit: () => undefined });

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-history-'));
    manifest = await generateShoot(join(work, 'shoot'), { seed: 63, subjects: 3, photosPerSubject: [2, 2] });
    core = open();
    await core.handlers['sort.run']({ folder: manifest.root, job: 'Blank' });
  }, 120_000);
  afterAll(async () => {
    await core.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('lists changes oldest first, marks undone ones, and drops them when a new change is made', async () => {
    const h = core.handlers;
    const [first, second, third] = (await h['galleries.get']({ job: 'Blank' })).galleries;
    if (!first || !second || !third) throw new Error('three galleries expected');
    await h['photos.assign']({ job: 'Blank', photos: [first.photos[0] ?? ''], target: { code: second.code } });
    await h['photos.setHidden']({ job: 'Blank', photos: [third.photos[0] ?? ''], hidden: true });
    expect((await h['history.list']({ job: 'Blank' })).map(({ label, undone }) => ({ label, undone }))).toEqual([
      { label: `assign 1 photo to ${second.code}`, undone: false },
      { label: 'hide 1 photo', undone: false },
    ]);

    expect(await h['history.step']({ job: 'Blank', direction: 'undo' })).toEqual({ change: 'hide 1 photo' });
    expect((await h['history.list']({ job: 'Blank' })).map((entry) => entry.undone)).toEqual([false, true]);
    await h['photos.assign']({ job: 'Blank', photos: [third.photos[1] ?? ''], target: { code: first.code } });
    expect((await h['history.list']({ job: 'Blank' })).map(({ label, undone }) => ({ label, undone }))).toEqual([
      { label: `assign 1 photo to ${second.code}`, undone: false },
      { label: `assign 1 photo to ${first.code}`, undone: false },
    ]);
    expect(await h['history.step']({ job: 'Blank', direction: 'redo' })).toEqual({ change: null });
  });

  it('stores each change with its history row, and the photo’s card link gives way to the hand link', async () => {
    await core.close();
    core = open();
    const report = await core.handlers['galleries.get']({ job: 'Blank' });
    const db = new Database(dbPath(), { readonly: true });
    try {
      const links = db
        .prepare(
          `SELECT p.rel_path AS path, group_concat(c.code || ':' || ps.source) AS links FROM photo_subjects ps
           JOIN photos p ON p.id = ps.photo_id JOIN access_codes c ON c.subject_id = ps.subject_id
           WHERE ps.source != 'card' GROUP BY p.id ORDER BY p.rel_path`,
        )
        .all() as { path: string; links: string }[];
      // Each photo moved by hand has one link, by hand, to the gallery that now shows it.
      expect(links).toHaveLength(2);
      for (const { path, links: held } of links) {
        const [code, source] = held.split(':');
        expect(source).toBe('manual');
        expect(report.galleries.filter((g) => g.photos.includes(path)).map((g) => g.code)).toEqual([code]);
      }
      expect(db.prepare('SELECT count(*) AS n FROM tag_history').get()).toEqual({ n: 2 });
    } finally {
      db.close();
    }
  });
});
