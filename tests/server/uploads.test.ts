import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateShoot, unlockShoot } from '../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../support/shoot/manifest.js';
import { apiClient, type ApiClient } from './support/api.js';
import { startServerOn, tokenFor, type RunningServer } from './support/server.js';
import { describeEachSetup, type Backing } from './support/setups.js';
import { photosOf, recordOf, type ShootPhoto } from './support/shoot-photos.js';
import { uploadOverTus, type UploadTarget } from './support/upload.js';

describeEachSetup('photo uploads over tus', (setup) => {
  let backing: Backing;
  let work: string;
  let shoot: ShootManifest;
  let server: RunningServer;
  let token: string;
  let api: ApiClient;
  let photos: ShootPhoto[];

  const target = (photoId: string, photo: ShootPhoto): UploadTarget => ({ baseUrl: server.url, token, jobId: 'job', photoId, sha256: photo.sha256 });
  const photoRecord = async (photoId: string) => (await api.get(`/api/jobs/job/photos/${photoId}`)).body as { bytesPresent: boolean };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-uploads-'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 47, subjects: 2, photosPerSubject: [2, 2] });
    photos = photosOf(shoot).filter((photo) => !photo.card);
    backing = await setup.backing(join(work, 'data'));
    server = await startServerOn(backing.stores);
    token = await tokenFor(backing.stores, 'Studio');
    api = apiClient(server.url, token);
    await api.put('/api/jobs/job', { name: 'Uploads', status: 'selling' });
    for (const [index, photo] of photos.entries()) expect((await api.put(`/api/jobs/job/photos/p${index}`, recordOf(photo))).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await backing.dispose();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('stores a finished upload byte-identical, marks the bytes present, and refuses a second upload of them', async () => {
    const photo = photos[0]!;
    expect(await photoRecord('p0')).toMatchObject({ bytesPresent: false });
    const run = await uploadOverTus(photo.bytes, target('p0', photo));
    expect(run.sent).toBe(photo.bytes.length);
    expect((await backing.storedBytes(basename(run.url!)))?.equals(photo.bytes)).toBe(true);
    expect(await photoRecord('p0')).toMatchObject({ bytesPresent: true });
    await expect(uploadOverTus(photo.bytes, target('p0', photo))).rejects.toThrow(/409.*bytes-present/s);
  });

  it('deletes an upload whose bytes hash differently from the declared SHA-256, and leaves the photo without bytes', async () => {
    const photo = photos[1]!;
    const corrupt = Buffer.from(photo.bytes);
    corrupt[corrupt.length >> 1]! ^= 0xff;
    let url = '';
    const refused = uploadOverTus(corrupt, target('p1', photo), { chunkSize: 1 << 20 }).catch((error: Error) => {
      url = (error as Error & { originalRequest?: { getURL(): string } }).originalRequest?.getURL() ?? '';
      throw error;
    });
    await expect(refused).rejects.toThrow(/422.*hash-mismatch/s);
    const uploadId = basename(url);
    expect(uploadId).toMatch(/^[0-9]+-[0-9a-f]{32}$/);
    expect(await backing.storedBytes(uploadId)).toBeUndefined();
    expect(await backing.storedKeys()).not.toContain(uploadId);
    expect((await api.tus('HEAD', new URL(url).pathname)).status).toBe(404);
    expect(await photoRecord('p1')).toMatchObject({ bytesPresent: false });

    const run = await uploadOverTus(photo.bytes, target('p1', photo));
    expect((await backing.storedBytes(basename(run.url!)))?.equals(photo.bytes)).toBe(true);
    expect(await photoRecord('p1')).toMatchObject({ bytesPresent: true });
  });

  it('refuses to start an upload that does not match its photo record, or names no record', async () => {
    const photo = photos[2]!;
    const other = photos[3]!;
    await expect(uploadOverTus(photo.bytes, { ...target('p2', photo), sha256: other.sha256 })).rejects.toThrow(/422.*record-differs/s);
    await expect(uploadOverTus(photo.bytes.subarray(1), target('p2', photo))).rejects.toThrow(/422.*record-differs/s);
    await expect(uploadOverTus(photo.bytes, target('nope', photo))).rejects.toThrow(/404/);
    await expect(uploadOverTus(photo.bytes, { ...target('p2', photo), sha256: 'not-a-hash' })).rejects.toThrow(/400.*sha256/s);
    expect(await backing.storedKeys()).toHaveLength(2);
  });

  it('resumes an aborted upload from its URL: the offset survives, only the rest is sent, the file is byte-identical', async () => {
    const photo = photos[3]!;
    const chunk = 16_384;
    const first = await uploadOverTus(photo.bytes, target('p3', photo), { chunkSize: chunk, abortAfter: 2 * chunk });
    expect(first.sent).toBe(2 * chunk);
    const path = new URL(first.url!).pathname;
    const head = await api.tus('HEAD', path);
    expect(head.headers.get('upload-offset')).toBe(String(2 * chunk));
    expect(head.headers.get('upload-length')).toBe(String(photo.bytes.length));
    expect(await photoRecord('p3')).toMatchObject({ bytesPresent: false });

    const rest = await uploadOverTus(photo.bytes, target('p3', photo), { chunkSize: chunk, resumeFrom: first.url! });
    expect(rest.url).toBe(first.url);
    expect(rest.sent).toBe(photo.bytes.length - 2 * chunk);
    expect((await backing.storedBytes(basename(path)))?.equals(photo.bytes)).toBe(true);
    expect(await photoRecord('p3')).toMatchObject({ bytesPresent: true });
  });
});
