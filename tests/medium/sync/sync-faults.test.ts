import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app/create-core.js';
import { DEFAULT_PREFERENCES } from '../../../electron/core/sync/sync-settings.js';
import { createRng } from '../../support/shoot/prng.js';
import { startFaultProxy, type FaultProxy } from '../../support/sync/fault-proxy.js';
import { copyStore, JOB, prepareSellingJob, type SellingJob } from '../../support/sync/selling-job.js';
import { expectedHoldings, shopHoldings, storedUploadBytes } from '../../support/sync/shop-holdings.js';
import { createToken, startShopProcess, type ShopProcess } from '../../support/sync/shop-process.js';
import { endedWell, faultMarks, leftInStore, startSync, syncUntilDone, TEST_CHUNK_BYTES, type SyncTarget } from '../../support/sync/sync-runs.js';

const SEED = 8;
const FAULTS = 10;
/**
 * What one interruption may cost on top of the bytes a clean sync sends: the piece of each upload
 * under way (photos go up `parallel` at a time) that was lost, and the requests that start again
 * (the health probe, a HEAD to find where to resume, a mark's JSON sent again), a few KB.
 */
const PER_INTERRUPTION = DEFAULT_PREFERENCES.parallel * (TEST_CHUNK_BYTES + 64 * 1024);

interface Scenario {
  target: SyncTarget;
  shop: ShopProcess;
  proxy: FaultProxy;
  dataDir: string;
}

/**
 * A sorted, activated, selling job of ~100 MB of gallery photos reaches the shop through faults: the
 * shop killed outright mid-sync, the `shootdesk sync` process killed outright, connections cut in the
 * middle of requests. Each time the shop ends up holding exactly what the desktop has (every record
 * once, every gallery photo byte-identical and stored once, every code in its final activation), the
 * desktop's outbox and upload table are empty, and the bytes sent are those of a clean sync plus at
 * most one piece per interruption: uploads resumed, never started over.
 */
describe('sync to the shop under faults', () => {
  let work: string;
  let job: SellingJob;
  let cleanBytes = 0;
  const scenarios: Scenario[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-sync-faults-'));
    // 18 gallery photos of about 5.6 MB each: 6 pieces apiece to resume between.
    job = await prepareSellingJob(work, { seed: SEED, subjects: 6, photosPerSubject: [3, 3], width: 4000, height: 2667, quality: 95 });
  }, 120_000);
  afterAll(async () => {
    for (const { shop, proxy, dataDir } of scenarios) {
      await proxy.close();
      await shop.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    rmSync(work, { recursive: true, force: true });
  });

  async function scenario(name: string, cutAt?: number[], silenceAt?: number[]): Promise<Scenario> {
    const dataDir = mkdtempSync(join(tmpdir(), `shootdesk-shop-${name}-`));
    const token = createToken(dataDir, 'hillside-photo');
    const shop = await startShopProcess(dataDir);
    const proxy = await startFaultProxy(shop.port, { cutAt, silenceAt, rng: createRng(SEED).fork(`${name}-cuts`) });
    const userData = join(work, `data-${name}`);
    mkdirSync(userData);
    const dbPath = await copyStore(job, join(work, `${name}.sqlite`));
    const made = { target: { dbPath, shopUrl: proxy.url, token, userData }, shop, proxy, dataDir };
    scenarios.push(made);
    return made;
  }

  async function expectShopToHoldTheJob({ target, shop, dataDir }: Scenario): Promise<void> {
    expect(leftInStore(target.dbPath)).toEqual({ outbox: 0, uploads: 0 });
    const expected = await expectedHoldings(target.dbPath, join(work, 'cache'), job.photoIds);
    const held = await shopHoldings(shop.url, target.token, dataDir, job.jobSyncId, expected.subjects.map((s) => s.code));
    expect(held).toEqual(expected);
    expect(expected.galleries.filter((g) => g.state === 'gallery').length).toBeGreaterThan(3);
    // Every upload resumed, none started over: the shop's disk holds each photo's bytes once, nothing more.
    expect(storedUploadBytes(dataDir)).toBe(job.galleryBytes);
  }

  it('a clean sync sends every gallery photo once', async () => {
    const clean = await scenario('clean');
    const runs = await syncUntilDone(clean.target);
    expect(runs.map((run) => run.code)).toEqual([0]);
    await expectShopToHoldTheJob(clean);
    cleanBytes = clean.proxy.sentUp();
    // The photos' bytes, and the records, headers and tus requests around them: well under 1 %.
    expect(cleanBytes).toBeGreaterThanOrEqual(job.galleryBytes);
    expect(cleanBytes).toBeLessThan(job.galleryBytes * 1.01);
  }, 120_000);

  it('survives the shop killed outright 10 times mid-sync, started again each time on the same data', async () => {
    const faults = await scenario('shop-kills');
    const marks = faultMarks(createRng(SEED).fork('shop-kills'), job.galleryBytes, FAULTS);
    const syncing = syncUntilDone(faults.target);
    let ended = false;
    void syncing.then(() => (ended = true));
    for (const mark of marks) {
      // A sync that ended badly passes no more marks: it is reported below.
      await Promise.race([faults.proxy.sentPast(mark), syncing]);
      if (ended) break;
      await faults.shop.kill9();
      faults.shop = await startShopProcess(faults.dataDir);
      faults.proxy.retarget(faults.shop.port);
    }
    const runs = await syncing;
    expect(runs.filter((run) => !endedWell(run))).toEqual([]);
    expect(runs.at(-1)?.code).toBe(0);
    await expectShopToHoldTheJob(faults);
    expect(faults.proxy.sentUp()).toBeLessThanOrEqual(cleanBytes + FAULTS * PER_INTERRUPTION);
  }, 180_000);

  it('survives `shootdesk sync` killed outright 10 times, and a code deactivated between two runs arrives as it ended', async () => {
    const faults = await scenario('client-kills');
    const marks = faultMarks(createRng(SEED).fork('client-kills'), job.galleryBytes, FAULTS);
    for (const [i, mark] of marks.entries()) {
      const sync = startSync(faults.target);
      // The sync cannot finish before the mark (it lies within the photos' bytes): it ends only killed.
      await Promise.race([faults.proxy.sentPast(mark), sync.done]);
      sync.child.kill('SIGKILL');
      expect(await sync.done).toMatchObject({ signal: 'SIGKILL' });
      if (i === FAULTS / 2) {
        const core = createCore({ dbPath: faults.target.dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
        const [first] = (await core.handlers['preflight.get']({ job: JOB })).entries;
        if (!first) throw new Error('a code expected');
        await core.handlers['codes.deactivate']({ job: JOB, codes: [first.code] });
        await core.close();
      }
    }
    const runs = await syncUntilDone(faults.target);
    expect(runs.filter((run) => !endedWell(run))).toEqual([]);
    expect(runs.at(-1)?.code).toBe(0);
    await expectShopToHoldTheJob(faults);
    expect(faults.proxy.sentUp()).toBeLessThanOrEqual(cleanBytes + FAULTS * PER_INTERRUPTION);
  }, 180_000);

  it('says the shop does not answer (exit 3) when it closes connections unread, never that all was sent', async () => {
    // A shop killed between accepting a connection and reading it: undici's request then neither
    // answered nor failed, and the command ended with exit 0 and nothing printed.
    const mute = createServer({ pauseOnConnect: true }, (socket) => socket.destroy());
    mute.listen(0, '127.0.0.1');
    await once(mute, 'listening');
    const address = mute.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const dbPath = await copyStore(job, join(work, 'mute.sqlite'));
    const run = await startSync({ dbPath, shopUrl: `http://127.0.0.1:${address.port}`, token: 'any', userData: join(work, 'data-mute') }).done;
    mute.close();
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ sent: 0, offline: true });
    expect(leftInStore(dbPath).outbox).toBeGreaterThan(0);
  }, 60_000);

  it('gets through a connection that drops at random in the middle of requests', async () => {
    const marks = faultMarks(createRng(SEED).fork('drops'), job.galleryBytes, FAULTS);
    const faults = await scenario('drops', marks);
    const runs = await syncUntilDone(faults.target);
    expect(runs.filter((run) => !endedWell(run))).toEqual([]);
    expect(runs.at(-1)?.code).toBe(0);
    expect(faults.proxy.cuts()).toBe(FAULTS);
    await expectShopToHoldTheJob(faults);
    expect(faults.proxy.sentUp()).toBeLessThanOrEqual(cleanBytes + FAULTS * PER_INTERRUPTION);
  }, 180_000);

  it('gets past connections that go silent in the middle of uploads, never reset nor closed', async () => {
    const rng = createRng(SEED).fork('silences');
    const silences = Array.from({ length: 3 }, () => rng.int(Math.floor(job.galleryBytes * 0.1), Math.floor(job.galleryBytes * 0.9)));
    const quiet = await scenario('silences', undefined, silences);
    const runs = await syncUntilDone(quiet.target, 60, { SHOOTDESK_UPLOAD_STALL_MS: '1500' });
    expect(runs.filter((run) => !endedWell(run))).toEqual([]);
    expect(runs.at(-1)?.code).toBe(0);
    expect(quiet.proxy.sentUp()).toBeGreaterThanOrEqual(Math.max(...silences));
    await expectShopToHoldTheJob(quiet);
  }, 180_000);
});
