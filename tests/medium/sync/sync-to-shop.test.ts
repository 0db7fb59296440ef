import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { apiClient } from '../../server/support/api.js';
import { startServer, tokenFor, type RunningServer } from '../../server/support/server.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

interface Gallery {
  state: string;
  message: string;
  photos: { id: string; url: string }[];
}

/**
 * A sorted, activated, selling job reaches the reference shop on 127.0.0.1: every parent's gallery
 * there shows exactly the photos the desktop's pre-flight promised, byte for byte, and a change
 * made later, a shop that goes away and comes back, and a deleted job all arrive as they should.
 */
describe('sync to the shop', () => {
  let work: string;
  let dbPath: string;
  let manifest: ShootManifest;
  let core: Core;
  let shop: RunningServer;
  let token: string;
  const gallery = async (code: string): Promise<Gallery> => (await (await fetch(new URL(`/api/gallery/${code}`, shop.url))).json()) as Gallery;
  const originalOf = (name: string): Buffer => readFileSync(join(manifest.root, name));
  const store = (): Database.Database => new Database(dbPath, { readonly: true });
  const pendingMarks = (): number => {
    const db = store();
    try {
      return db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-sync-'));
    dbPath = join(work, 'db.sqlite');
    // Siblings on one card (a photo in two galleries), held photos, a hidden card frame each.
    manifest = await generateShoot(join(work, 'shoot'), { seed: 91, subjects: 4, photosPerSubject: [2, 3], traps: ['sibling-card', 'lead-photos'] });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
    core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: 'Spring', names: join(work, 'names.csv') });
    await core.handlers['jobs.setStatus']({ name: 'Spring', status: 'selling' });
    await core.handlers['codes.activate']({ job: 'Spring', all: true, codes: [] });
    shop = await startServer();
    token = await tokenFor(shop.dataDir, 'hillside-photo');
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await shop.stop();
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
    rmSync(shop.dataDir, { recursive: true, force: true });
  });

  it('sends the job so that every code shows at the shop what the pre-flight says, every photo byte-identical', async () => {
    const result = await core.handlers['sync.run']({ server: shop.url, token });
    expect(result).toMatchObject({ server: shop.url, left: 0, offline: false, problems: [] });
    expect(pendingMarks()).toBe(0);
    const preflight = await core.handlers['preflight.get']({ job: 'Spring' });
    const report = await core.handlers['galleries.get']({ job: 'Spring' });
    for (const entry of preflight.entries) {
      const atShop = await gallery(entry.code);
      expect({ code: entry.code, state: atShop.state, message: atShop.message, photos: atShop.photos.length }).toEqual({
        code: entry.code,
        state: entry.state,
        message: entry.message,
        photos: entry.state === 'gallery' ? entry.photos : 0,
      });
      const expected = (report.galleries.find((g) => g.code === entry.code)?.photos ?? []).map((name) => sha256(originalOf(name))).sort();
      const served = await Promise.all(atShop.photos.map(async (photo) => sha256(new Uint8Array(await (await fetch(new URL(photo.url, shop.url))).arrayBuffer()))));
      expect(served.sort()).toEqual(entry.state === 'gallery' ? expected : []);
    }
  });

  it('sends a later change alone, and the shop shows it', async () => {
    const report = await core.handlers['galleries.get']({ job: 'Spring' });
    const [from, to] = report.galleries.filter((g) => g.photos.length > 1);
    const photo = from?.photos[0];
    if (!from || !to || !photo) throw new Error('two galleries expected');
    await core.handlers['photos.assign']({ job: 'Spring', photos: [photo], target: { code: to.code } });
    expect(pendingMarks()).toBe(1);
    const result = await core.handlers['sync.run']({});
    expect(result).toMatchObject({ sent: 1, left: 0, problems: [] });
    expect((await gallery(to.code)).photos).toHaveLength(to.photos.length + 1);
    expect((await gallery(from.code)).photos).toHaveLength(from.photos.length - 1);
  });

  it('keeps what it could not send while the shop is away, says so with exit 3, and sends it when the shop is back', async () => {
    const [first] = manifest.subjects;
    if (!first) throw new Error('a subject expected');
    await core.handlers['codes.deactivate']({ job: 'Spring', codes: [first.code] });
    await shop.stop();
    const away = await core.handlers['sync.run']({});
    expect(away).toMatchObject({ sent: 0, left: 1, offline: true });
    await core.close();
    const cli = await runCli(['sync', '--db', dbPath], join(work, 'data'));
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain('The shop does not answer: 1 change waits in the outbox for the next sync.');

    // Back at the same address: the store remembered it, and the token, from the first sync.
    shop = await startServer(shop.dataDir, Number(new URL(shop.url).port));
    const back = await runCli(['sync', '--db', dbPath, '--json'], join(work, 'data'));
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ server: expect.stringMatching(/^http:\/\/127\.0\.0\.1:/) as string, sent: 1, left: 0, offline: false, problems: [] });
    expect((await gallery(first.code)).state).toBe('almost-ready');
    core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
  }, 60_000);

  it('sends every operation again three times without changing anything at the shop', async () => {
    const db = store();
    const jobSyncId = db.prepare(`SELECT sync_id FROM jobs WHERE name = 'Spring'`).pluck().get() as string;
    db.close();
    const api = apiClient(shop.url, token);
    const before = [(await api.get(`/api/jobs/${jobSyncId}/subjects`)).body, (await api.get(`/api/jobs/${jobSyncId}/photos`)).body];
    // The marks as they were first sent: made again, with their operation ids, from a copy of the store.
    const copy = join(work, 'replay.sqlite');
    const source = store();
    await source.backup(copy);
    source.close();
    const markAll = (): void => {
      const replay = new Database(copy);
      replay.exec(`
        INSERT INTO outbox (kind, entity_id, op_id, created_at) SELECT 'job', id, 'replay-j-' || id, 'now' FROM jobs;
        INSERT INTO outbox (kind, entity_id, op_id, created_at) SELECT 'subject', id, 'replay-s-' || id, 'now' FROM subjects;
        INSERT INTO outbox (kind, entity_id, op_id, created_at) SELECT DISTINCT 'photo', photo_id, 'replay-p-' || photo_id, 'now' FROM photo_subjects;
      `);
      replay.close();
    };
    // The first round sends the same state under new ids; the next two are replays of those ids.
    for (let round = 0; round < 3; round += 1) {
      markAll();
      const run = await runCli(['sync', '--db', copy, '--json'], join(work, 'data-replay'));
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ left: 0, problems: [] });
    }
    expect([(await api.get(`/api/jobs/${jobSyncId}/subjects`)).body, (await api.get(`/api/jobs/${jobSyncId}/photos`)).body]).toEqual(before);
  }, 60_000);

  it('tells the shop when the job is deleted: its codes no longer open a gallery there', async () => {
    const [first] = manifest.subjects;
    if (!first) throw new Error('a subject expected');
    await core.handlers['jobs.delete']({ name: 'Spring' });
    expect(await core.handlers['sync.run']({})).toMatchObject({ sent: 1, left: 0, problems: [] });
    expect(await gallery(first.code)).toMatchObject({ state: 'incorrect-code', photos: [] });
  });
});
