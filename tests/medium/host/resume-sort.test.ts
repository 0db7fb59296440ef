import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app/create-core.js';
import { sortReportSchema } from '../../../shared/api/contract.js';
import { killMidSort, readSoFar } from '../../support/kill-mid-sort.js';
import { runCli, startCli } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { scoreReport } from '../../support/shoot/score-report.js';

/** The numbers of "Reading images: done/total" lines: a sort reads `total` photos. */
const readTotals = (stderr: string): number[] => [...stderr.matchAll(/^Reading images: \d+\/(\d+)/gm)].map((match) => Number(match[1]));

describe('a sort killed or crashed midway', () => {
  let work: string;
  let manifest: ShootManifest;
  const data = (): string => join(work, 'data');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-resume-'));
    // Enough photos that their reading takes several of the store's batched writes.
    manifest = await generateShoot(join(work, 'shoot'), { seed: 73, subjects: 12, photosPerSubject: [3, 4] });
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is marked in the jobs list, goes on with the photos not read yet, and ends as a sort never stopped', async () => {
    const dbPath = join(work, 'killed.sqlite');
    const stopped = await killMidSort(manifest.root, 'Spring', dbPath, data());
    expect(stopped.analysed).toBeGreaterThan(0);
    expect(stopped.analysed).toBeLessThan(stopped.found);

    const listed = await runCli(['jobs', 'list', '--db', dbPath], data());
    expect(listed).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Spring\tplanning\t\d+ subjects\t\d+ photos\tsort interrupted: sort it again to go on\n$/) as string });
    const listedJson = JSON.parse((await runCli(['jobs', 'list', '--json', '--db', dbPath], data())).stdout) as unknown;
    expect(listedJson).toEqual([expect.objectContaining({ name: 'Spring', sortInterrupted: true })]);

    const again = await runCli(['sort', manifest.root, '--job', 'spring', '--json', '--db', dbPath], data());
    expect(again.code).toBe(0);
    expect(again.stderr.split('\n')[0]).toMatch(
      new RegExp(`^Going on with the sort of Spring from ${manifest.root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} that stopped on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(${stopped.analysed} ${stopped.analysed === 1 ? 'photo' : 'photos'} already read\\)$`),
    );
    // Only the photos the killed sort had not stored are read again.
    const totals = readTotals(again.stderr);
    expect(totals.length).toBeGreaterThan(0);
    expect(new Set(totals)).toEqual(new Set([stopped.found - stopped.analysed]));
    const resumed = sortReportSchema.parse(JSON.parse(again.stdout));

    const cleanDb = join(work, 'clean.sqlite');
    const clean = await runCli(['sort', manifest.root, '--job', 'Spring', '--json', '--db', cleanDb], data());
    expect(clean.code).toBe(0);
    expect(clean.stderr).not.toMatch(/Going on/);
    expect(new Set(readTotals(clean.stderr))).toEqual(new Set([stopped.found]));
    const uninterrupted = sortReportSchema.parse(JSON.parse(clean.stdout));
    expect(resumed.galleries).toEqual(uninterrupted.galleries);
    expect({ ...resumed, stats: { ...resumed.stats, seconds: 0 } }).toEqual({ ...uninterrupted, stats: { ...uninterrupted.stats, seconds: 0 } });
    expect(scoreReport(manifest, resumed, { namesList: false })).toMatchObject({ misassigned: [], recall: 1 });

    const after = await runCli(['jobs', 'list', '--db', dbPath], data());
    expect(after.stdout).toMatch(/^Spring\tplanning\t12 subjects\t\d+ photos\n$/);
  }, 120_000);

  it('is gone on with, or dismissed, from the app; a sort still running is no interrupted one, nor is one that failed', async () => {
    const dbPath = join(work, 'app.sqlite');
    const stopped = await killMidSort(manifest.root, 'Autumn', dbPath, data());
    const core = createCore({ dbPath, cacheDir: join(work, 'app-cache'), emit: () => undefined });
    try {
      const [interrupted] = await core.handlers['sort.interrupted']({});
      expect(interrupted).toEqual({ job: 'Autumn', folder: manifest.root, startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string, ...stopped });
      expect(Date.parse(interrupted?.startedAt ?? '')).toBeLessThanOrEqual(Date.now());

      // Another sort of the job running elsewhere holds the job: its record is that sort's, not a stopped one.
      const elsewhere = startCli(['sort', manifest.root, '--job', 'Autumn', '--db', dbPath], join(work, 'other-data'));
      await expect.poll(async () => (await core.handlers['sort.interrupted']({})).length, { timeout: 20_000 }).toBe(0);
      await expect(core.handlers['sort.dismiss']({ job: 'Autumn' })).rejects.toThrow('job "Autumn" is being sorted right now; cancel that sort instead');
      expect((await elsewhere.done).code).toBe(0);
      expect(await core.handlers['sort.interrupted']({})).toEqual([]);
      await expect(core.handlers['sort.resume']({ job: 'Autumn' })).rejects.toThrow('job "Autumn" has no interrupted sort to go on with');

      // A sort that fails clears its record as well: it told her so.
      await expect(core.handlers['sort.run']({ folder: join(work, 'nowhere'), job: 'Autumn' })).rejects.toThrow('is not a folder');
      expect(await core.handlers['sort.interrupted']({})).toEqual([]);
    } finally {
      await core.close();
    }

    const winter = join(work, 'winter.sqlite');
    await killMidSort(manifest.root, 'Winter', winter, data(), ['--pause', '20']);
    // The job forgets the pause meanwhile: going on with the sort sets it again from the record.
    const changing = new Database(winter);
    changing.prepare('UPDATE jobs SET subject_pause_ms = NULL').run();
    changing.close();
    const app = createCore({ dbPath: winter, cacheDir: join(work, 'app-cache'), emit: () => undefined });
    try {
      expect((await app.handlers['sort.interrupted']({})).map((run) => run.job)).toEqual(['Winter']);
      const report = await app.handlers['sort.resume']({ job: 'winter' });
      expect(scoreReport(manifest, report, { namesList: false })).toMatchObject({ misassigned: [], recall: 1 });
      expect(await app.handlers['sort.interrupted']({})).toEqual([]);
      const store = new Database(winter, { readonly: true });
      // Gone on with its own arguments: the pause it was started with is the job's.
      expect(store.prepare('SELECT subject_pause_ms FROM jobs').pluck().get()).toBe(20_000);
      store.close();
    } finally {
      await app.close();
    }

    const spring = join(work, 'spring.sqlite');
    await killMidSort(manifest.root, 'Spring', spring, data());
    const dismissing = createCore({ dbPath: spring, cacheDir: join(work, 'app-cache'), emit: () => undefined });
    try {
      expect(await dismissing.handlers['sort.dismiss']({ job: 'SPRING' })).toEqual({ dismissed: true });
      expect(await dismissing.handlers['sort.interrupted']({})).toEqual([]);
      expect(await dismissing.handlers['sort.dismiss']({ job: 'Spring' })).toEqual({ dismissed: false });
    } finally {
      await dismissing.close();
    }
  }, 180_000);

  it('keeps the record when the app closes mid-sort: the next start offers to go on', async () => {
    const dbPath = join(work, 'closed.sqlite');
    const core = createCore({ dbPath, cacheDir: join(work, 'app-cache'), emit: () => undefined });
    const running = core.handlers['sort.run']({ folder: manifest.root, job: 'Summer' }).catch((error: unknown) => error);
    await expect.poll(() => readSoFar(dbPath, 'Summer').analysed, { timeout: 20_000, interval: 10 }).toBeGreaterThan(0);
    // Running here: not interrupted.
    expect(await core.handlers['sort.interrupted']({})).toEqual([]);
    await core.close();
    expect(await running).toBeInstanceOf(Error);
    const next = createCore({ dbPath, cacheDir: join(work, 'app-cache'), emit: () => undefined });
    try {
      expect((await next.handlers['sort.interrupted']({})).map((run) => run.job)).toEqual(['Summer']);
    } finally {
      await next.close();
    }
  }, 60_000);
});
