import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

/**
 * The pre-flight of a sorted job, state by state as the job goes live: what each customer would see
 * (design.md §1), and each warning cleared by the step it names.
 */
describe('pre-flight of a generated job', () => {
  let work: string;
  let db: string;
  let manifest: ShootManifest;
  let core: Core;
  const reopen = async (): Promise<void> => {
    await core.close();
    core = createCore({ dbPath: db, cacheDir: join(work, 'cache'), emit: () => undefined });
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-preflight-'));
    db = join(work, 'db.sqlite');
    // Held photos (an unreadable card, photos before the first card) and a pupil on the list with no photos.
    manifest = await generateShoot(join(work, 'shoot'), { seed: 71, subjects: 5, photosPerSubject: [2, 3], traps: ['lead-photos', 'glare-blown'] });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
    core = createCore({ dbPath: db, cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: 'Live', names: join(work, 'names.csv') });
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('goes from planning to selling to archived, each warning cleared by its fix', async () => {
    const h = core.handlers;
    const report = await h['galleries.get']({ job: 'Live' });
    const withPhotos = report.galleries.filter((g) => g.photos.length > 0).map((g) => g.code).sort();
    const all = (await h['subjects.list']({ job: 'Live' })).map((s) => s.code);
    expect(withPhotos.length).toBeGreaterThan(1);

    const planning = await h['preflight.get']({ job: 'Live' });
    expect(planning.counts).toEqual({ gallery: 0, 'almost-ready': all.length, 'incorrect-code': 0, archived: 0 });
    expect(planning.warnings.map((w) => w.fix)).toEqual(['set-selling', 'activate', 'review']);
    expect([...(planning.warnings[1]?.items ?? [])].sort()).toEqual(withPhotos);
    for (const entry of planning.entries) expect(entry.message).toBe('Your photos are almost ready.');

    await h['jobs.setStatus']({ name: 'Live', status: 'selling' });
    await h['codes.activate']({ job: 'Live', all: true, codes: [] });
    const spare = (await h['spares.add']({ job: 'Live', count: 1 })).codes[0] ?? '';
    await h['codes.activate']({ job: 'Live', all: false, codes: [spare] });
    const [covered] = report.galleries.filter((g) => g.index !== null && g.photos.length > 1);
    if (!covered?.index) throw new Error('a gallery with an index photo expected');
    await h['photos.setHidden']({ job: 'Live', photos: [covered.index], hidden: true });

    const selling = await h['preflight.get']({ job: 'Live' });
    expect(selling.counts).toEqual({ gallery: withPhotos.length, 'almost-ready': all.length + 1 - withPhotos.length, 'incorrect-code': 0, archived: 0 });
    expect(selling.warnings).toEqual([
      { message: '1 activated code has no visible photo: its customer sees “almost ready” however long they wait.', fix: 'deactivate', items: [spare] },
      { message: expect.stringMatching(/^1 gallery’s index photo is hidden by hand/) as string, fix: 'show-photos', items: [covered.index] },
      { message: expect.stringMatching(/^\d+ photos are still held for review/) as string, fix: 'review', items: [] },
    ]);
    const gallery = selling.entries.find((e) => e.code === covered.code);
    expect(gallery).toEqual({ code: covered.code, subject: covered.subject, state: 'gallery', message: 'Your photos are ready.', photos: covered.photos.length - 1 });

    // Each fix as the command line prints it, run as printed.
    await core.close();
    const text = await runCli(['preflight', '--job', 'Live', '--db', db], join(work, 'data'));
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      `Job "Live": ${all.length + 1} codes. Customers see: the gallery ${withPhotos.length}, “almost ready” ${all.length + 1 - withPhotos.length}, the archive message 0.`,
      '! 1 activated code has no visible photo: its customer sees “almost ready” however long they wait.',
      `  fix: shootdesk deactivate --job "Live" ${spare}`,
    ]);
    expect((await runCli(['deactivate', '--job', 'Live', spare.toLowerCase(), '--db', db], join(work, 'data'))).stdout).toBe(`Deactivated 1 code: ${spare}.\n`);
    expect((await runCli(['unhide', '--job', 'Live', covered.index, '--db', db], join(work, 'data'))).code).toBe(0);
    const json = await runCli(['preflight', '--job', 'Live', '--json', '--db', db], join(work, 'data'));
    const entries = JSON.parse(json.stdout) as { code: string; state: string; photos: number; subject: object; message: string }[];
    expect(entries.find((e) => e.code === covered.code)).toEqual({ code: covered.code, subject: covered.subject, state: 'gallery', message: 'Your photos are ready.', photos: covered.photos.length });
    expect(entries.find((e) => e.code === spare)).toMatchObject({ state: 'almost-ready', photos: 0, subject: { firstName: 'Spare', spare: true } });
    await reopen();
    expect((await core.handlers['preflight.get']({ job: 'Live' })).warnings.map((w) => w.fix)).toEqual(['review']);

    await core.handlers['jobs.setStatus']({ name: 'Live', status: 'archived' });
    const archived = await core.handlers['preflight.get']({ job: 'Live' });
    expect(archived.counts).toEqual({ gallery: 0, 'almost-ready': 0, 'incorrect-code': 0, archived: all.length + 1 });
    await expect(core.handlers['codes.deactivate']({ job: 'Live', codes: ['ZZZZ9999'] })).rejects.toThrow('not codes of this job: ZZZZ9999');
  });
});
