import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateShoot, unlockShoot } from '../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../support/shoot/manifest.js';
import { apiClient, type ApiClient } from './support/api.js';
import { startServerOn, tokenFor, type RunningServer } from './support/server.js';
import { describeEachSetup, type Backing } from './support/setups.js';
import { photosOf, recordOf, type ShootPhoto } from './support/shoot-photos.js';
import { uploadOverTus } from './support/upload.js';

describeEachSetup('tokens and tenants', (setup) => {
  let backing: Backing;
  let work: string;
  let shoot: ShootManifest;
  let server: RunningServer;
  let tokenA: string;
  let tokenB: string;
  let a: ApiClient;
  let b: ApiClient;
  let photo: ShootPhoto;
  let uploadUrlOfA: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-tenants-'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 43, subjects: 1, photosPerSubject: [1, 1] });
    [photo] = photosOf(shoot).filter((each) => !each.card) as [ShootPhoto];
    backing = await setup.backing(join(work, 'data'));
    server = await startServerOn(backing.stores);
    tokenA = await tokenFor(backing.stores, 'Studio A');
    tokenB = await tokenFor(backing.stores, 'Studio B');
    a = apiClient(server.url, tokenA);
    b = apiClient(server.url, tokenB);
    expect((await a.put('/api/jobs/spring', { name: 'Spring 2025', status: 'selling' })).status).toBe(201);
    expect((await a.put('/api/jobs/spring/subjects/s1', { firstName: 'Ann', lastName: 'Lee', group: '1A', code: 'ABCD2345' })).status).toBe(201);
    expect((await a.put('/api/jobs/spring/photos/p1', recordOf(photo, { subjects: ['s1'] }))).status).toBe(201);
    const partial = await uploadOverTus(photo.bytes, { baseUrl: server.url, token: tokenA, jobId: 'spring', photoId: 'p1', sha256: photo.sha256 }, { chunkSize: 16_384, abortAfter: 16_384 });
    uploadUrlOfA = partial.url ?? '';
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await backing.dispose();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('turns away every photographer endpoint without a token or with a wrong one, with 401 and a Bearer challenge', async () => {
    const wrong = `${tokenA.slice(0, -2)}xx`;
    for (const client of [apiClient(server.url), apiClient(server.url, wrong)]) {
      for (const [method, path, body] of [
        ['GET', '/api/jobs'],
        ['GET', '/api/jobs/spring'],
        ['PUT', '/api/jobs/spring', { name: 'Taken over', status: 'archived' }],
        ['DELETE', '/api/jobs/spring'],
        ['GET', '/api/jobs/spring/subjects'],
        ['PUT', '/api/jobs/spring/activations/ABCD2345', { activated: true }],
        ['POST', '/files'],
        ['HEAD', new URL(uploadUrlOfA).pathname],
      ] as const) {
        const answer = await client.send(method, path, body);
        expect(answer.status, `${method} ${path}`).toBe(401);
        expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      }
    }
    expect((await a.get('/api/jobs/spring')).body).toMatchObject({ name: 'Spring 2025', status: 'selling' });
  });

  it("answers 404 for another account's job, subjects, photos, codes and uploads, and changes none of them", async () => {
    for (const path of ['/api/jobs/spring', '/api/jobs/spring/subjects', '/api/jobs/spring/photos', '/api/jobs/spring/photos/p1', '/api/jobs/spring/albums']) {
      expect((await b.get(path)).status, path).toBe(404);
    }
    expect((await b.put('/api/jobs/spring/subjects/s1', { firstName: 'Eve', lastName: 'X', group: '1A', code: 'EVEX2345' })).status).toBe(404);
    expect((await b.put('/api/jobs/spring/photos/p1', recordOf(photo, { hidden: true }))).status).toBe(404);
    expect((await b.put('/api/jobs/spring/activations/ABCD2345', { activated: true })).status).toBe(404);
    expect((await b.delete('/api/jobs/spring')).status).toBe(404);
    expect((await b.tus('HEAD', new URL(uploadUrlOfA).pathname)).status).toBe(404);
    expect((await b.tus('PATCH', new URL(uploadUrlOfA).pathname, { 'upload-offset': '16384', 'content-type': 'application/offset+octet-stream' })).status).toBe(404);
    await expect(uploadOverTus(photo.bytes, { baseUrl: server.url, token: tokenB, jobId: 'spring', photoId: 'p1', sha256: photo.sha256 })).rejects.toThrow(/404/);

    expect((await b.get('/api/jobs')).body).toEqual({ jobs: [] });
    expect((await a.get('/api/jobs/spring/subjects')).body).toEqual({
      subjects: [{ id: 's1', firstName: 'Ann', lastName: 'Lee', group: '1A', code: 'ABCD2345', activated: false }],
    });
    expect((await a.get('/api/jobs/spring/photos/p1')).body).toMatchObject({ hidden: false, subjects: ['s1'] });
    expect((await a.tus('HEAD', new URL(uploadUrlOfA).pathname)).headers.get('upload-offset')).toBe('16384');
  });

  it("keeps a second account's job of the same client id apart, and refuses it a code another account holds, in any case", async () => {
    expect((await b.put('/api/jobs/spring', { name: 'B spring', status: 'planning' })).status).toBe(201);
    expect((await b.get('/api/jobs/spring')).body).toMatchObject({ name: 'B spring', status: 'planning' });
    expect((await a.get('/api/jobs/spring')).body).toMatchObject({ name: 'Spring 2025', status: 'selling' });
    const taken = await b.put('/api/jobs/spring/subjects/s1', { firstName: 'Bo', lastName: 'Ng', group: '2B', code: 'abcd2345' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: { code: 'code-taken' } });
    expect((await b.get('/api/jobs/spring/subjects')).body).toEqual({ subjects: [] });
  });

  it('answers the health probe and the customer side without a token', async () => {
    expect((await apiClient(server.url).get('/api/health')).body).toEqual({ status: 'ok' });
    expect((await apiClient(server.url).get('/api/gallery/ABCD2345')).status).toBe(200);
  });
});
