import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateShoot, unlockShoot } from '../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../support/shoot/manifest.js';
import { apiClient, type ApiClient } from './support/api.js';
import { startServerOn, tokenFor, type RunningServer } from './support/server.js';
import { photosOf, recordOf, type ShootPhoto } from './support/shoot-photos.js';
import { uploadOverTus, type UploadTarget } from './support/upload.js';

/** Short enough to watch, long enough for an upload to finish before it. */
const EXPIRY_MS = 1500;
const CHUNK = 16_384;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// The data folder's uploads; an S3 bucket expires them with its own lifecycle rule (server/API.md).
describe('abandoned uploads in the data folder', () => {
  let work: string;
  let shoot: ShootManifest;
  let server: RunningServer;
  let token: string;
  let api: ApiClient;
  let photos: ShootPhoto[];
  const uploads = () => join(work, 'data', 'uploads');
  const stored = (key: string) => Promise.resolve(existsSync(join(uploads(), key)));
  const target = (photoId: string, photo: ShootPhoto): UploadTarget => ({ baseUrl: server.url, token, jobId: 'job', photoId, sha256: photo.sha256 });

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-expiry-'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 83, subjects: 2, photosPerSubject: [2, 2] });
    photos = photosOf(shoot).filter((photo) => !photo.card);
    const stores = { dataDir: join(work, 'data'), uploadExpiryMs: EXPIRY_MS };
    server = await startServerOn(stores);
    token = await tokenFor(stores, 'Studio');
    api = apiClient(server.url, token);
    await api.put('/api/jobs/job', { name: 'Expiry', status: 'selling' });
    for (const [index, photo] of photos.entries()) expect((await api.put(`/api/jobs/job/photos/p${index}`, recordOf(photo))).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('deletes an upload left unfinished, keeps every finished one, and the photo is sent again from the start', async () => {
    const finished = await uploadOverTus(photos[0]!.bytes, target('p0', photos[0]!));
    const abandoned = await uploadOverTus(photos[1]!.bytes, target('p1', photos[1]!), { chunkSize: CHUNK, abortAfter: 2 * CHUNK });
    const abandonedId = basename(abandoned.url!);
    expect(await stored(abandonedId)).toBe(true);

    await until('the unfinished upload is deleted', async () => !(await stored(abandonedId)) && !(await stored(`${abandonedId}.json`)));
    const head = await api.tus('HEAD', new URL(abandoned.url!).pathname);
    expect([404, 410]).toContain(head.status);

    // The desktop's client asks where to resume, is told the upload is gone, and starts a new one.
    const again = await uploadOverTus(photos[1]!.bytes, target('p1', photos[1]!), { chunkSize: 1 << 20, resumeFrom: abandoned.url! });
    expect(again.url).not.toBe(abandoned.url);
    expect(again.sent).toBe(photos[1]!.bytes.length);

    // Finished uploads are photos' bytes: older than the expiry and swept many times, they stay.
    await new Promise((resolve) => setTimeout(resolve, 2 * EXPIRY_MS));
    for (const [index, run] of [finished, again].entries()) {
      expect(readFileSync(join(uploads(), basename(run.url!))).equals(photos[index]!.bytes), `p${index}`).toBe(true);
    }
    const listed = (await api.get('/api/jobs/job/photos')).body as { photos: { id: string; bytesPresent: boolean }[] };
    expect(listed.photos.filter((photo) => photo.bytesPresent).map((photo) => photo.id).sort()).toEqual(['p0', 'p1']);
  });
});
