import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/api/sync-status.js';
import { createCore } from '../../../electron/core/app/create-core.js';
import { startFaultProxy, type FaultProxy } from '../../support/sync/fault-proxy.js';
import { copyStore, prepareSellingJob, type SellingJob } from '../../support/sync/selling-job.js';
import { createToken, startShopProcess, type ShopProcess } from '../../support/sync/shop-process.js';
import { leftInStore, startSync } from '../../support/sync/sync-runs.js';

const FAST = { pollMs: 100, probeMs: 300 };

/**
 * `shootdesk sync` killed outright in the middle of its uploads: the next Shootdesk to start says it
 * is resuming them, for as long as its first run goes on with them, and no longer.
 */
describe('uploads left under way by a killed sync', () => {
  let work: string;
  let shopData: string;
  let job: SellingJob;
  let shop: ShopProcess;
  let proxy: FaultProxy;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-resumed-'));
    shopData = mkdtempSync(join(tmpdir(), 'shootdesk-shop-resumed-'));
    // Large photos, so that a kill half way through the bytes finds uploads begun and not finished.
    job = await prepareSellingJob(work, { seed: 9, subjects: 3, photosPerSubject: [2, 2], width: 4000, height: 2667, quality: 95 });
    shop = await startShopProcess(shopData);
    proxy = await startFaultProxy(shop.port);
  }, 120_000);
  afterAll(async () => {
    await proxy.close();
    await shop.stop();
    rmSync(shopData, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('are said as resumed in the status until the first run since has ended', async () => {
    const userData = join(work, 'user-data');
    mkdirSync(userData);
    const target = { dbPath: await copyStore(job, join(work, 'desk.sqlite')), shopUrl: proxy.url, token: createToken(shopData, 'hillside-photo'), userData };
    const sync = startSync(target);
    await Promise.race([proxy.sentPast(Math.floor(job.galleryBytes / 2)), sync.done]);
    sync.child.kill('SIGKILL');
    expect(await sync.done).toMatchObject({ signal: 'SIGKILL' });
    const { uploads } = leftInStore(target.dbPath);
    expect(uploads).toBeGreaterThan(0);

    const events: SyncStatus[] = [];
    const core = createCore({
      dbPath: target.dbPath,
      cacheDir: join(work, 'cache'),
      emit: (event, payload) => event === 'sync.changed' && events.push(payload as SyncStatus),
      sync: { background: true, ...FAST },
    });
    try {
      expect(await core.handlers['sync.status']({})).toMatchObject({ resumed: uploads });
      await expect.poll(async () => (await core.handlers['sync.status']({})).pending, { timeout: 60_000, interval: 50 }).toBe(0);
      await expect.poll(async () => (await core.handlers['sync.status']({})).state, { timeout: 10_000 }).toBe('online');
      expect(await core.handlers['sync.status']({})).toMatchObject({ resumed: 0, pending: 0 });
      // Said while the first run went on with them, and cleared once it had ended.
      const firstRun = events.slice(0, events.findIndex((status) => status.resumed === 0));
      expect(firstRun.filter((status) => status.state === 'syncing').length).toBeGreaterThan(0);
      expect(firstRun.every((status) => status.resumed === uploads)).toBe(true);
      expect(events.find((status) => status.resumed === 0)?.state).not.toBe('syncing');
      expect(events.at(-1)).toMatchObject({ resumed: 0 });
    } finally {
      await core.close();
    }
    expect(leftInStore(target.dbPath)).toEqual({ outbox: 0, uploads: 0 });

    const next = createCore({ dbPath: target.dbPath, cacheDir: join(work, 'cache'), emit: () => undefined, sync: { background: false } });
    try {
      expect(await next.handlers['sync.status']({})).toMatchObject({ resumed: 0 });
    } finally {
      await next.close();
    }
  }, 120_000);
});
