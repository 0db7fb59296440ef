import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, startShopProcess, type ShopProcess } from '../support/sync/shop-process.js';
import { apiClient, type ApiClient } from './support/api.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

/**
 * The shop killed outright after an upload's last byte reached its disk but before it verified the
 * bytes and gave them to the photo (the window a kill -9 mid-sync can hit): started again, the client's
 * HEAD, asking where to resume, must not find the upload "complete" while the photo has no bytes.
 */
describe('an upload whose verification a kill interrupted', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shootdesk-upload-kill-'));
  let shop: ShopProcess;
  let api: ApiClient;
  let token: string;

  beforeAll(async () => {
    token = createToken(dataDir, 'Studio');
    shop = await startShopProcess(dataDir);
    api = apiClient(shop.url, token);
    expect((await api.put('/api/jobs/j1', { name: 'Spring', status: 'selling' })).status).toBe(201);
  });
  afterAll(async () => {
    await shop.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A photo record and an upload for it with no byte sent, then the shop killed and its file written whole, as the last PATCH left it. */
  async function interruptedUpload(photoId: string, bytes: Buffer, stored: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const record = { sha256, size: bytes.length, fileName: `${photoId}.jpg`, album: '1A', kind: 'photo', hidden: false, subjects: [] };
    expect((await api.put(`/api/jobs/j1/photos/${photoId}`, record)).status).toBe(201);
    const created = await api.tus('POST', '/files', { 'upload-length': String(bytes.length), 'upload-metadata': `jobId ${b64('j1')},photoId ${b64(photoId)},sha256 ${b64(sha256)}` });
    expect(created.status).toBe(201);
    const path = new URL(created.headers.get('location') ?? '', shop.url).pathname;
    await shop.kill9();
    writeFileSync(join(dataDir, 'uploads', path.split('/').at(-1) ?? ''), stored);
    // On a free port: the old one may have gone to another test's server meanwhile.
    shop = await startShopProcess(dataDir);
    api = apiClient(shop.url, token);
    return path;
  }

  it('verifies the bytes on the HEAD and gives them to the photo, so the client may count it as sent', async () => {
    const bytes = randomBytes(300_000);
    const path = await interruptedUpload('p1', bytes, bytes);
    const head = await api.tus('HEAD', path);
    expect([head.status, head.headers.get('upload-offset'), head.headers.get('upload-length')]).toEqual([200, String(bytes.length), String(bytes.length)]);
    expect(await api.get('/api/jobs/j1/photos/p1')).toMatchObject({ status: 200, body: { bytesPresent: true } });
    // Asked again, nothing changes: the verified bytes stay the photo's.
    expect((await api.tus('HEAD', path)).status).toBe(200);
    expect(await api.get('/api/jobs/j1/photos/p1')).toMatchObject({ status: 200, body: { bytesPresent: true } });
  });

  it('refuses bytes that differ from the declared hash and drops them, so the client starts the upload anew', async () => {
    const bytes = randomBytes(300_000);
    const path = await interruptedUpload('p2', bytes, randomBytes(bytes.length));
    // A HEAD answer has no body: the status says it (422 hash-mismatch).
    expect((await api.tus('HEAD', path)).status).toBe(422);
    expect((await api.tus('HEAD', path)).status).toBe(404);
    expect(await api.get('/api/jobs/j1/photos/p2')).toMatchObject({ status: 200, body: { bytesPresent: false } });
  });
});
