import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/api/sync-status.js';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { unlockShoot } from '../../support/shoot/generate-shoot.js';
import { startRequestLogProxy, type LoggedRequest, type RequestLogProxy } from '../../support/sync/request-log-proxy.js';
import { copyStore, JOB, prepareSellingJob, type SellingJob } from '../../support/sync/selling-job.js';
import { startServer, tokenFor, type RunningServer } from '../../server/support/server.js';

/** The slow venue line the proxy makes: the whole upload takes a few seconds, so its rate can be seen. */
const LINE_BYTES_PER_SECOND = 1_500_000;
const FAST = { pollMs: 100, probeMs: 300 };

/**
 * The sync the desktop app runs by itself, against the reference shop on 127.0.0.1: it starts when
 * the shop is set, uploads photos side by side without ever sending a photo before the job and
 * subjects it names, says where it stands in figures that match what happens, stops when the shop
 * goes away and goes on by itself when it is back, and sends nothing while paused.
 */
describe('the sync worker', () => {
  let work: string;
  let job: SellingJob;
  let dbPath: string;
  let shop: RunningServer;
  let proxy: RequestLogProxy;
  let token: string;
  let core: Core;
  const events: SyncStatus[] = [];
  const status = (): Promise<SyncStatus> => core.handlers['sync.status']({});
  const outbox = (): number => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
    } finally {
      db.close();
    }
  };
  const galleryState = async (code: string): Promise<string> => ((await (await fetch(new URL(`/api/gallery/${code}`, shop.url))).json()) as { state: string }).state;
  const until = async (what: (s: SyncStatus) => boolean, timeout = 30_000): Promise<SyncStatus> => {
    let last = await status();
    for (const start = Date.now(); !what(last); last = await status()) {
      if (Date.now() - start > timeout) throw new Error(`the sync never got there; it stands at ${JSON.stringify(last)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return last;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-sync-worker-'));
    job = await prepareSellingJob(work, { seed: 58, subjects: 6, photosPerSubject: [3, 4], traps: ['sibling-card'] });
    dbPath = await copyStore(job, join(work, 'desk.sqlite'));
    shop = await startServer();
    token = await tokenFor(shop.dataDir, 'hillside-photo');
    proxy = await startRequestLogProxy(shop.url, LINE_BYTES_PER_SECOND);
    core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: (event, payload) => event === 'sync.changed' && events.push(payload as SyncStatus), sync: { background: true, ...FAST } });
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await proxy.close();
    await shop.stop();
    await unlockShoot(job.manifest);
    rmSync(work, { recursive: true, force: true });
    rmSync(shop.dataDir, { recursive: true, force: true });
  });

  it('stays off, never sending, until a shop is set', async () => {
    expect(await until((s) => s.state === 'off')).toMatchObject({ server: null, pending: outbox(), run: null, problems: [] });
    expect(proxy.requests()).toEqual([]);
  });

  it('starts by itself once the shop is set, photos three at a time, never one before the job and subjects it names', async () => {
    const before = await status();
    expect(before.bytesPending).toBe(job.galleryBytes);
    const started = Date.now();
    await core.handlers['sync.settings.set']({ server: proxy.url, token, parallel: 3, uploadSize: 'original' });
    const done = await until((s) => s.state === 'online' && s.pending === 0, 60_000);
    const took = (Date.now() - started) / 1000;
    expect(done).toMatchObject({ server: proxy.url, pending: 0, photos: 0, bytesPending: 0, run: null, problems: [], parallel: 3 });
    expect(outbox()).toBe(0);
    expect(await galleryState(job.manifest.subjects[0]?.code ?? '')).toBe('gallery');

    const requests = proxy.requests();
    const writes = (pattern: RegExp): LoggedRequest[] => requests.filter((r) => r.method === 'PUT' && pattern.test(r.path));
    const jobs = writes(/^\/api\/jobs\/[^/]+$/);
    const subjects = writes(/\/(subjects|activations)\//);
    const photoWork = requests.filter((r) => /\/photos\//.test(r.path) || r.path.startsWith('/files'));
    expect(jobs).toHaveLength(1);
    expect(subjects.length).toBeGreaterThanOrEqual(2 * job.manifest.subjects.length);
    const firstPhoto = Math.min(...photoWork.map((r) => r.start));
    expect(Math.max(...jobs.map((r) => r.end))).toBeLessThanOrEqual(Math.min(...subjects.map((r) => r.start)));
    expect(Math.max(...subjects.map((r) => r.end))).toBeLessThanOrEqual(firstPhoto);
    // Side by side, and never more than asked: the most photo requests open at one moment.
    const mostAtOnce = Math.max(...photoWork.map((r) => photoWork.filter((o) => o.start <= r.start && o.end > r.start).length));
    expect(mostAtOnce).toBeGreaterThanOrEqual(2);
    expect(mostAtOnce).toBeLessThanOrEqual(3);

    // The figures shown while it ran: a count that only goes up to the total, the line's rate, a time left that came true.
    const syncing = events.filter((e) => e.state === 'syncing' && e.run !== null);
    expect(syncing.length).toBeGreaterThan(2);
    const sent = syncing.map((e) => e.run?.sent ?? -1);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(syncing.every((e) => (e.run?.sent ?? 0) <= (e.run?.total ?? 0))).toBe(true);
    const measured = syncing.filter((e) => e.bytesPerSecond > 0);
    expect(measured.length).toBeGreaterThan(0);
    const rates = measured.map((e) => e.bytesPerSecond).sort((a, b) => a - b);
    const median = rates[Math.floor(rates.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(LINE_BYTES_PER_SECOND * 0.4);
    expect(median).toBeLessThan(LINE_BYTES_PER_SECOND * 1.6);
    const first = measured[0];
    expect(first?.secondsLeft).toBeGreaterThan(0);
    expect(first?.secondsLeft).toBeLessThanOrEqual(Math.ceil(took * 3));
  }, 90_000);

  it('says offline when the shop stops answering, keeps her change, and sends it by itself when the shop is back', async () => {
    const [first] = job.manifest.subjects;
    if (!first) throw new Error('a subject expected');
    const port = Number(new URL(shop.url).port);
    await shop.stop();
    await until((s) => s.state === 'offline');
    await core.handlers['codes.deactivate']({ job: JOB, codes: [first.code] });
    expect(await until((s) => s.state === 'offline' && s.pending === 1)).toMatchObject({ pending: 1, photos: 0, run: null });

    shop = await startServer(shop.dataDir, port);
    await until((s) => s.state === 'online' && s.pending === 0);
    expect(await galleryState(first.code)).toBe('almost-ready');
  }, 60_000);

  it('holds everything while paused, also across a restart, and sends it on resume', async () => {
    const [, second] = job.manifest.subjects;
    if (!second) throw new Error('two subjects expected');
    expect((await core.handlers['sync.pause']({})).state).toBe('paused');
    await core.handlers['codes.deactivate']({ job: JOB, codes: [second.code] });
    await core.close();
    core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined, sync: { background: true, ...FAST } });
    const seen = proxy.requests().length;
    // Many polls and probes long: a worker that forgot the pause would have sent it by now.
    await new Promise((resolve) => setTimeout(resolve, 20 * FAST.probeMs));
    expect(await status()).toMatchObject({ state: 'paused', pending: 1 });
    expect(proxy.requests()).toHaveLength(seen);
    expect(await galleryState(second.code)).toBe('gallery');

    await core.handlers['sync.resume']({});
    await until((s) => s.state === 'online' && s.pending === 0);
    expect(await galleryState(second.code)).toBe('almost-ready');
  }, 60_000);

  it('shows a token the shop refuses as one problem, and syncs again once a valid one is saved', async () => {
    const [, , third] = job.manifest.subjects;
    if (!third) throw new Error('three subjects expected');
    await core.handlers['sync.settings.set']({ server: shop.url, token: 'revoked-or-mistyped', parallel: 2, uploadSize: 'original' });
    await core.handlers['codes.deactivate']({ job: JOB, codes: [third.code] });
    const refused = await until((s) => s.problemCount > 0);
    expect(refused.problems).toEqual([{ id: null, kind: 'token', what: `the token for ${shop.url}`, why: expect.stringContaining('refused the token') as string }]);
    expect(refused.pending).toBe(1);
    expect(JSON.stringify(refused)).not.toContain('revoked-or-mistyped');

    await core.handlers['sync.settings.set']({ server: shop.url, token, parallel: 2, uploadSize: 'original' });
    expect(await until((s) => s.pending === 0 && s.problemCount === 0)).toMatchObject({ state: 'online', problems: [] });
    expect(await galleryState(third.code)).toBe('almost-ready');
  }, 60_000);
});
