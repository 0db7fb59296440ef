import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCore, type CoreClient, type CoreClientOptions } from '../../../electron/core/app/connect-core.js';
import { createCore } from '../../../electron/core/app/create-core.js';
import type { EventName, EventPayload, Result } from '../../../shared/api/contract.js';
import { handleCall } from '../../../shared/api/derive.js';
import type { SortReport } from '../../../shared/domain.js';
import { forkCore } from '../../support/fork-core.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { withoutTiming } from '../../support/without-timing.js';

type Progress = EventPayload<'scan.progress'>;

// Each test starts a process and most sort a shoot: on a machine shared with other work that takes longer than vitest's default.
describe('core in a process of its own, called through the client', { timeout: 180_000 }, () => {
  let work: string;
  let shoot: ShootManifest;
  let runs = 0;
  const started: CoreClient[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-core-process-'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 9, subjects: 8, photosPerSubject: [2, 3] });
  });
  afterAll(async () => {
    await Promise.all(started.map((client) => client.close()));
    rmSync(work, { recursive: true, force: true });
  });

  /** A fresh store and a forked core process over it; every event it sends is kept in order. */
  function start(options: Partial<CoreClientOptions> = {}) {
    runs += 1;
    const dbPath = join(work, `store-${runs}.sqlite`);
    const events: { event: EventName; payload: unknown }[] = [];
    const { child, link } = forkCore();
    const client = connectCore(link, { dbPath, cacheDir: join(work, `cache-${runs}`), emit: (event, payload) => events.push({ event, payload }), ...options });
    started.push(client);
    const progress = (): Progress[] => events.filter((e) => e.event === 'scan.progress').map((e) => e.payload as Progress);
    return { client, child, dbPath, events, progress };
  }

  function inProcess() {
    runs += 1;
    const progress: Progress[] = [];
    const core = createCore({ dbPath: join(work, `store-${runs}.sqlite`), cacheDir: join(work, `cache-${runs}`), emit: (event, payload) => event === 'scan.progress' && progress.push(payload as Progress) });
    return { core, progress };
  }

  const stages = (events: Progress[]): string[] => events.map((e) => e.stage).filter((stage, i, all) => stage !== all[i - 1]);
  const until = async (done: () => boolean): Promise<void> => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('sorts a shoot to the same report as core in this process, its events in the order core sent them', async () => {
    const { client, progress } = start();
    await client.ready;
    const input = { folder: shoot.root, job: 'Hillside' };
    const forwarded = (await client.call('sort.run', input)) as Result<SortReport>;
    const seenWhenAnswered = progress().length;

    const local = inProcess();
    const reference = await handleCall(local.core.handlers, 'sort.run', input);
    await local.core.close();

    expect(forwarded.ok && reference.ok).toBe(true);
    if (!forwarded.ok || !reference.ok) return;
    expect(withoutTiming(forwarded.value)).toEqual(withoutTiming(reference.value));
    expect(forwarded.value.galleries).toHaveLength(8);
    // Every event was sent before the answer, and arrives before it.
    expect(seenWhenAnswered).toBe(progress().length);
    expect(stages(progress())).toEqual(stages(local.progress));
    const analysed = progress().filter((e) => e.stage === 'analyse').map((e) => e.done);
    expect(analysed).toEqual(local.progress.filter((e) => e.stage === 'analyse').map((e) => e.done));
    expect(analysed.every((done, i) => i === 0 || done >= (analysed[i - 1] ?? 0))).toBe(true);

    const jobs = await client.handlers['jobs.list']({});
    expect(jobs.map((job) => [job.name, job.subjects])).toEqual([['Hillside', 8]]);
  });

  it('answers a bad input, a failure in core and an unknown method with the same values as in this process', async () => {
    const { client } = start();
    const local = inProcess();
    try {
      const cases: Array<[string, unknown]> = [
        ['jobs.rename', { name: 5, to: '' }],
        ['jobs.delete', { name: 'Nowhere' }],
        ['sort.run', { folder: join(work, 'no-such-card'), job: 'Lost' }],
        ['photos.burn', {}],
      ];
      for (const [method, input] of cases) {
        const forwarded = await client.call(method, input);
        expect(forwarded).toEqual(await handleCall(local.core.handlers, method, input));
        expect(forwarded.ok).toBe(false);
      }
      // What the Electron main process answers the window: its own handleCall over the client's handlers.
      for (const [method, input] of cases.slice(1)) {
        expect(await handleCall(client.handlers, method, input)).toEqual(await handleCall(local.core.handlers, method, input));
      }
      expect(await client.call('jobs.delete', { name: 'Nowhere' })).toEqual({ ok: false, error: { code: 'not-found', message: 'no job named "Nowhere"' } });
      await expect(client.handlers['jobs.delete']({ name: 'Nowhere' })).rejects.toThrow('no job named "Nowhere"');
    } finally {
      await local.core.close();
    }
  });

  it('seals and opens the shop token through the parent, and asks the parent whether there is a network', async () => {
    const sealed: string[] = [];
    const opened: string[] = [];
    let hints = 0;
    const seal = {
      seal: (token: string) => (sealed.push(token), `sealed(${[...token].reverse().join('')})`),
      open: (box: string) => (opened.push(box), [...box.slice('sealed('.length, -1)].reverse().join('')),
    };
    const { client, dbPath } = start({ sync: { background: true, seal, onlineHint: () => (hints++, false), pollMs: 20, probeMs: 20 } });
    const settings = { server: 'http://127.0.0.1:9/', parallel: 2, uploadSize: 'original' as const };

    await client.handlers['sync.settings.set']({ ...settings, token: 'tok-1234' });
    expect(sealed).toEqual(['tok-1234']);
    const stored = () => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return db.prepare("SELECT key, value FROM settings WHERE key LIKE 'sync.token%' ORDER BY key").all();
      } finally {
        db.close();
      }
    };
    expect(stored()).toEqual([{ key: 'sync.token.sealed', value: 'sealed(4321-kot)' }]);

    // No token given: core opens the one it kept (through the parent) and seals it again.
    await client.handlers['sync.settings.set'](settings);
    expect(opened).toContain('sealed(4321-kot)');
    expect(sealed).toEqual(['tok-1234', 'tok-1234']);

    // The background sync asks before each probe; the parent's "no network" spares the probe.
    await until(() => hints >= 2);
    expect((await client.handlers['sync.status']({})).state).toBe('offline');
  });

  it("says what the parent's keychain said when it cannot seal", async () => {
    const refusing = {
      seal: () => {
        throw new Error('the keychain is locked');
      },
      open: (box: string) => box,
    };
    const { client } = start({ sync: { background: false, seal: refusing } });
    const set = await client.call('sync.settings.set', { server: 'http://127.0.0.1:9/', token: 'tok-1234', parallel: 1, uploadSize: 'original' });
    expect(set).toEqual({ ok: false, error: { code: 'failed', message: 'the keychain is locked' } });
  });

  it('turns the calls in flight into failures when core’s process dies, and says so for every call after', async () => {
    const stops: string[] = [];
    const { client, child, progress } = start({ onStopped: (why) => stops.push(why) });
    const sorting = client.call('sort.run', { folder: shoot.root, job: 'Killed' });
    const listing = (async () => {
      await until(() => progress().some((e) => e.stage === 'analyse'));
      const pending = client.call('jobs.list', {});
      child.kill('SIGKILL');
      return pending;
    })();
    const why = "Shootdesk's core process stopped unexpectedly (killed); restart Shootdesk";
    const stopped = { ok: false, error: { code: 'transport', message: why } };
    expect(await sorting).toEqual(stopped);
    // Sent before the kill: answered by core, or failed with the sort; never left waiting.
    expect([stopped, { ok: true, value: expect.any(Array) as unknown }]).toContainEqual(await listing);
    expect(await client.call('jobs.list', {})).toEqual(stopped);
    await expect(client.handlers['jobs.list']({})).rejects.toThrow(why);
    expect(stops).toEqual([why]);
    await expect(client.ready).resolves.toBeUndefined();
  });

  it('closes core before its process ends: the sort in flight stops, the database is closed cleanly', async () => {
    const stops: string[] = [];
    const { client, child, dbPath, progress } = start({ onStopped: (why) => stops.push(why) });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const sorting = client.call('sort.run', { folder: shoot.root, job: 'Closing' });
    await until(() => progress().some((e) => e.stage === 'analyse'));
    await client.close();

    expect(await exited).toBe(0);
    const answer = await sorting;
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error.message).toMatch(/closing/i);
    // better-sqlite3 folds the WAL back into the file when the last connection closes: a killed core leaves it.
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    expect(stops).toEqual([]);
    expect(await client.call('jobs.list', {})).toEqual({ ok: false, error: { code: 'transport', message: 'Shootdesk is closing' } });
  });

  it('reports a store it cannot open through ready, as createCore says it here, and in every call', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'not a folder');
    const dbPath = join(file, 'store.sqlite');
    const why = (() => {
      try {
        createCore({ dbPath, cacheDir: join(work, 'cache-unopened'), emit: () => undefined });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('createCore opened a store inside a file');
    })();
    const { client } = start({ dbPath });
    await expect(client.ready).rejects.toThrow(why);
    expect(await client.call('jobs.list', {})).toEqual({ ok: false, error: { code: 'failed', message: `core could not start: ${why}` } });
  });

  it('says through ready, not as a crash, that core’s process died before it opened', async () => {
    const stops: string[] = [];
    const { client, child } = start({ onStopped: (why) => stops.push(why) });
    child.kill('SIGKILL');
    await expect(client.ready).rejects.toThrow("Shootdesk's core process stopped unexpectedly (killed)");
    expect(stops).toEqual([]);
  });

  it('leaves the parent’s event loop free while core sorts', async () => {
    const { client } = start();
    await client.ready;
    const TICK_MS = 5;
    let ticks = 0;
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, TICK_MS);
    const began = performance.now();
    const result = await client.call('sort.run', { folder: shoot.root, job: 'Ticking' });
    const elapsed = performance.now() - began;
    clearInterval(timer);

    expect(result.ok).toBe(true);
    // Generous: a machine shared with other work still ticks most of the time; a blocked loop would not tick at all.
    expect(ticks).toBeGreaterThan(elapsed / TICK_MS / 4);
    expect(longestGap).toBeLessThan(Math.max(250, elapsed / 2));
  });
});
