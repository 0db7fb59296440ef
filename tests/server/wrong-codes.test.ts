import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrongCodeLimit } from '../../server/src/wrong-code-limit.js';
import { apiClient } from './support/api.js';
import { startServerOn, tokenFor, type RunningServer } from './support/server.js';

const MINUTE = 60_000;

describe('the limit on incorrect codes from one address', () => {
  it.each([
    { name: '29 wrong: still free', wrong: [0, ...Array<number>(28).fill(MINUTE)], at: 2 * MINUTE, waits: 0 },
    { name: '30 wrong: waits out the window', wrong: Array<number>(30).fill(MINUTE), at: 2 * MINUTE, waits: 9 * MINUTE },
    { name: '30 wrong, the window over: free again', wrong: Array<number>(30).fill(MINUTE), at: 11 * MINUTE, waits: 0 },
    { name: 'a new window starts with the first wrong code after the last', wrong: [...Array<number>(29).fill(0), 10 * MINUTE], at: 10 * MINUTE + 1, waits: 0 },
  ])('$name', ({ wrong, at, waits }) => {
    const limit = wrongCodeLimit(30, 10 * MINUTE);
    for (const time of wrong) limit.recordWrong('203.0.113.7', time);
    expect(limit.waitMs('203.0.113.7', at)).toBe(waits);
    expect(limit.waitMs('203.0.113.8', at)).toBe(0);
  });
});

describe('incorrect codes and proxies over HTTP', () => {
  const dirs: string[] = [];
  let direct: RunningServer;
  let proxied: RunningServer;
  let token: string;

  const start = async (trustProxy?: string) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shootdesk-wrong-codes-'));
    dirs.push(dataDir);
    const server = await startServerOn({ dataDir }, 0, trustProxy ? { trustProxy } : {});
    token = await tokenFor(dataDir, 'Studio');
    const api = apiClient(server.url, token);
    expect((await api.put('/api/jobs/job', { name: 'Hillside', status: 'selling' })).status).toBe(201);
    expect((await api.put('/api/jobs/job/subjects/s1', { firstName: 'Ada', lastName: 'Park', group: '1A', code: 'KTS6BKPV' })).status).toBe(201);
    return server;
  };
  const lookUp = (server: RunningServer, path: string, from?: string) => fetch(new URL(path, server.url), { headers: from ? { 'x-forwarded-for': from } : {} });

  beforeAll(async () => {
    direct = await start();
    proxied = await start('127.0.0.1');
  });
  afterAll(async () => {
    await Promise.all([direct.stop(), proxied.stop()]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('behind a trusted proxy, stops an address after 30 incorrect codes, a real code included, and no other address', async () => {
    for (let tried = 0; tried < 30; tried += 1) {
      const answer = await lookUp(proxied, `/api/gallery/GUESS${String(tried).padStart(3, '0')}`, '203.0.113.7');
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { state: string }).state).toBe('incorrect-code');
    }
    const blocked = await lookUp(proxied, '/api/gallery/KTS6BKPV', '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(await blocked.json()).toMatchObject({ error: { code: 'too-many-wrong-codes', message: expect.stringMatching(/try again in 10 minutes/) as unknown } });
    const page = await lookUp(proxied, '/g/KTS6BKPV', '203.0.113.7');
    expect(page.status).toBe(429);
    expect(await page.text()).toMatch(/<h1 data-state="too-many-wrong-codes">Too many incorrect codes were typed from your network/);
    expect((await lookUp(proxied, '/api/gallery/KTS6BKPV/photos/1', '203.0.113.7')).status).toBe(429);

    const neighbour = await lookUp(proxied, '/api/gallery/kts6bkpv', '203.0.113.8');
    expect(neighbour.status).toBe(200);
    expect(((await neighbour.json()) as { state: string }).state).toBe('almost-ready');
  });

  it('without a trusted proxy, ignores X-Forwarded-For: a guesser cannot pose as many addresses', async () => {
    for (let tried = 0; tried < 30; tried += 1) {
      expect((await lookUp(direct, `/api/gallery/GUESS${tried}`, `198.51.100.${tried}`)).status).toBe(200);
    }
    expect((await lookUp(direct, '/api/gallery/KTS6BKPV', '198.51.100.200')).status).toBe(429);
  });

  it('gives upload URLs under the address the proxy was reached at, and only when the proxy is trusted', async () => {
    const bytes = Buffer.from('not a photo, but bytes all the same');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const locationOf = async (server: RunningServer, photoId: string) => {
      const api = apiClient(server.url, token);
      const record = { sha256, size: bytes.length, fileName: `${photoId}.jpg`, album: 'Class 1A', kind: 'photo', hidden: false, subjects: [] };
      expect((await api.put(`/api/jobs/job/photos/${photoId}`, record)).status).toBe(201);
      const metadata = Object.entries({ jobId: 'job', photoId, sha256 }).map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`).join(',');
      const created = await api.tus('POST', '/files', {
        'upload-length': String(bytes.length),
        'upload-metadata': metadata,
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'shop.example.org',
      });
      expect(created.status).toBe(201);
      return created.headers.get('location')!;
    };
    token = await tokenFor(dirs[1]!, 'Studio');
    expect(await locationOf(proxied, 'p1')).toMatch(/^https:\/\/shop\.example\.org\/files\/[0-9]+-[0-9a-f]{32}$/);
    token = await tokenFor(dirs[0]!, 'Studio');
    expect(await locationOf(direct, 'p2')).toMatch(new RegExp(`^${direct.url}/files/`));
  });
});
