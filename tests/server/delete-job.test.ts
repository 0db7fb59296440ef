import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateShoot, unlockShoot } from '../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../support/shoot/manifest.js';
import { apiClient, type ApiClient } from './support/api.js';
import { startServerOn, tokenFor, type RunningServer } from './support/server.js';
import { describeEachSetup, type Backing } from './support/setups.js';
import { photosOf, recordOf } from './support/shoot-photos.js';
import { uploadOverTus } from './support/upload.js';

const subject = (code: string) => ({ firstName: 'Ann', lastName: 'Lee', group: '1A', code });

describeEachSetup('deleting a job', (setup) => {
  let backing: Backing;
  let work: string;
  let shoot: ShootManifest;
  let server: RunningServer;
  let api: ApiClient;
  let other: ApiClient;
  let blobKey: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-delete-'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 53, subjects: 1, photosPerSubject: [1, 1] });
    const photo = photosOf(shoot).find((each) => !each.card)!;
    backing = await setup.backing(join(work, 'data'));
    server = await startServerOn(backing.stores);
    const token = await tokenFor(backing.stores, 'Studio');
    api = apiClient(server.url, token);
    other = apiClient(server.url, await tokenFor(backing.stores, 'Other studio'));
    await api.put('/api/jobs/old', { name: 'Old', status: 'selling' });
    for (const [id, code] of [['s1', 'GONE2222'], ['s2', 'GONE3333'], ['s3', 'KEEP4444']]) await api.put(`/api/jobs/old/subjects/${id}`, subject(code!));
    // A re-key retires the code it replaces, as on the desktop.
    expect((await api.put('/api/jobs/old/subjects/s3', subject('GONE4444'))).status).toBe(200);
    await api.put('/api/jobs/old/activations/GONE2222', { activated: true });
    await api.put('/api/jobs/old/photos/p1', recordOf(photo, { subjects: ['s1'] }));
    const run = await uploadOverTus(photo.bytes, { baseUrl: server.url, token, jobId: 'old', photoId: 'p1', sha256: photo.sha256 });
    blobKey = basename(run.url!);
    expect(await backing.storedBytes(blobKey)).toBeDefined();
    expect((await api.get('/api/gallery/GONE2222')).body).toMatchObject({ state: 'gallery' });
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await backing.dispose();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it("retires every code of the job, removes its photos' files, and answers 410 for the job from then on", async () => {
    const deleted = await api.delete('/api/jobs/old');
    expect(deleted).toMatchObject({ status: 200, body: { id: 'old', deleted: true, retiredCodes: 3 } });
    expect(await backing.storedBytes(blobKey)).toBeUndefined();
    expect((await api.get('/api/jobs')).body).toEqual({ jobs: [] });
    for (const answer of [
      await api.get('/api/jobs/old'),
      await api.get('/api/jobs/old/subjects'),
      await api.put('/api/jobs/old', { name: 'Old again', status: 'planning' }),
      await api.put('/api/jobs/old/subjects/s4', subject('NEWW5555')),
      await api.put('/api/jobs/old/activations/GONE2222', { activated: false }),
    ]) {
      expect(answer).toMatchObject({ status: 410, body: { error: { code: 'job-deleted' } } });
    }
    expect((await api.delete('/api/jobs/old')).body).toEqual({ id: 'old', deleted: true, retiredCodes: 0 });
    expect((await api.delete('/api/jobs/never')).status).toBe(404);
  });

  it('never lets anyone create a retired code again, in any case, nor a code a re-key replaced', async () => {
    await api.put('/api/jobs/next', { name: 'Next', status: 'selling' });
    await other.put('/api/jobs/next', { name: 'Theirs', status: 'selling' });
    for (const [client, code] of [
      [api, 'GONE2222'],
      [api, 'gone3333'],
      [other, 'Gone4444'],
      [other, 'KEEP4444'],
    ] as const) {
      const answer = await client.put('/api/jobs/next/subjects/n1', subject(code));
      expect(answer, code).toMatchObject({ status: 409, body: { error: { code: 'code-retired' } } });
    }
    expect((await api.get('/api/jobs/next/subjects')).body).toEqual({ subjects: [] });
    for (const code of ['GONE2222', 'gone3333', 'KEEP4444']) {
      expect((await api.get(`/api/gallery/${code}`)).body).toMatchObject({ state: 'incorrect-code', photos: [] });
    }
    expect((await api.put('/api/jobs/next/subjects/n1', subject('NEWW6666'))).status).toBe(201);
  });
});
