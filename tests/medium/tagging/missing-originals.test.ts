import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { handleCall } from '../../../shared/api/derive.js';
import type { SortReport } from '../../../shared/domain.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

const JOB = 'Gone';

/**
 * Originals that leave the disk after the sort: the cache still has their thumbnails, so only
 * `photos.missing` tells. Everything else about the job goes on working on the database alone.
 */
describe('photos.missing on a sorted shoot whose files have gone', () => {
  let work: string;
  let manifest: ShootManifest;
  let core: Core;
  let before: SortReport;
  let deleted: string;
  let replaced: string;
  let broken: string;
  let dangling: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-missing-'));
    manifest = await generateShoot(join(work, 'shoot'), { seed: 83, subjects: 3, photosPerSubject: [2, 3], traps: ['truncated'] });
    core = createCore({ dbPath: join(work, 'db.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
    before = await core.handlers['sort.run']({ folder: manifest.root, job: JOB });
    const [first, second] = before.galleries;
    deleted = first?.photos[0] ?? '';
    // A card frame is checked as a photo is: it proves the split.
    replaced = second?.cards[0] ?? '';
    broken = before.errors[0]?.file ?? '';
    const third = before.galleries[2]?.photos ?? [];
    const linked = third[0] ?? '';
    dangling = third.length > 1 ? (third.at(-1) ?? '') : '';
    if (!deleted || !replaced || !broken || !linked || !dangling) throw new Error('the shoot needs three galleries (a card in the second, two photos in the third) and a broken file');
    // Only files of this test's own generated shoot are touched.
    rmSync(join(manifest.root, deleted));
    rmSync(join(manifest.root, replaced));
    mkdirSync(join(manifest.root, replaced));
    // Never a photo of the job, so never reported gone.
    rmSync(join(manifest.root, broken));
    // A link to the file, moved elsewhere, still reaches it; a link to nothing does not.
    renameSync(join(manifest.root, linked), join(work, 'moved.jpg'));
    symlinkSync(join(work, 'moved.jpg'), join(manifest.root, linked));
    rmSync(join(manifest.root, dangling));
    symlinkSync(join(work, 'nowhere.jpg'), join(manifest.root, dangling));
  }, 180_000);
  afterAll(async () => {
    await core.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('names exactly the deleted file, the one a folder took the place of and the one a link to nothing did, in shooting order, with their full paths', async () => {
    const listed = (await core.handlers['photos.list']({ job: JOB })).names;
    const expected = listed.filter((name) => [deleted, replaced, dangling].includes(name)).map((name) => ({ name, path: join(manifest.root, name) }));
    expect(expected).toHaveLength(3);
    expect(await core.handlers['photos.missing']({ job: JOB })).toEqual(expected);
    // Through the contract too: the answer is of the shape the page is promised.
    expect(await handleCall(core.handlers, 'photos.missing', { job: JOB })).toEqual({ ok: true, value: expected });
  });

  it('answers an unknown job with an error, as a value', async () => {
    expect(await handleCall(core.handlers, 'photos.missing', { job: 'No such job' })).toMatchObject({ ok: false, error: { message: 'no job named "No such job"' } });
  });

  it('still builds the galleries, and assigns and undoes the assignment of a photo whose file is gone', async () => {
    const h = core.handlers;
    expect(await h['galleries.get']({ job: JOB })).toEqual({ ...before, stats: expect.any(Object) as object });
    const target = before.galleries[1]?.code ?? '';
    expect(await h['photos.assign']({ job: JOB, photos: [deleted], target: { code: target } })).toEqual({ code: target, photos: 1 });
    const moved = await h['galleries.get']({ job: JOB });
    expect(moved.galleries.find((g) => g.code === target)?.photos).toContain(deleted);
    expect(moved.galleries[0]?.photos).not.toContain(deleted);

    expect(await h['history.step']({ job: JOB, direction: 'undo' })).toEqual({ change: `assign 1 photo to ${target}` });
    expect(await h['galleries.get']({ job: JOB })).toEqual({ ...before, stats: expect.any(Object) as object });
    expect((await h['photos.missing']({ job: JOB })).map((photo) => photo.name).sort()).toEqual([deleted, replaced, dangling].sort());
  });
});
