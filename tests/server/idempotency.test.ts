import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Answer, ApiClient } from './support/api.js';
import { apiClient } from './support/api.js';
import { startServerOn, tokenFor, type RunningServer } from './support/server.js';
import { describeEachSetup, type Backing } from './support/setups.js';

interface Write {
  key: string;
  method: 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  status: number;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const photo = (overrides: object) => ({ sha256: sha('p1'), size: 1000, fileName: 'IMG_0101.JPG', album: '1A', kind: 'photo', hidden: false, subjects: ['s1'], ...overrides });

/** One of every write, in an order a client sends them, with the status its first run answers. */
const WRITES: Write[] = [
  { key: 'op-01', method: 'PUT', path: '/api/jobs/j1', body: { name: 'Spring', status: 'planning' }, status: 201 },
  { key: 'op-02', method: 'PUT', path: '/api/jobs/j1/subjects/s1', body: { firstName: 'Ann', lastName: 'Lee', group: '1A', code: 'AAAA2222' }, status: 201 },
  { key: 'op-03', method: 'PUT', path: '/api/jobs/j1/subjects/s2', body: { firstName: 'Bo', lastName: 'Ng', group: '1A', code: 'BBBB3333' }, status: 201 },
  { key: 'op-04', method: 'PUT', path: '/api/jobs/j1/photos/p1', body: photo({}), status: 201 },
  { key: 'op-05', method: 'PUT', path: '/api/jobs/j1/activations/AAAA2222', body: { activated: true }, status: 200 },
  { key: 'op-06', method: 'PUT', path: '/api/jobs/j1', body: { name: 'Spring', status: 'selling' }, status: 200 },
  { key: 'op-07', method: 'PUT', path: '/api/jobs/j1/subjects/s1', body: { firstName: 'Ann', lastName: 'Lee', group: '1A', code: 'CCCC4444' }, status: 200 },
  { key: 'op-08', method: 'PUT', path: '/api/jobs/j1/photos/p1', body: photo({ hidden: true, subjects: ['s1', 's2'], album: '1B' }), status: 200 },
  { key: 'op-09', method: 'PUT', path: '/api/jobs/j1/activations/BBBB3333', body: { activated: true }, status: 200 },
  { key: 'op-10', method: 'PUT', path: '/api/jobs/j2', body: { name: 'Autumn', status: 'selling' }, status: 201 },
  { key: 'op-11', method: 'PUT', path: '/api/jobs/j2/subjects/x1', body: { firstName: 'Cy', lastName: 'Ho', group: '2A', code: 'DDDD5555' }, status: 201 },
  { key: 'op-12', method: 'DELETE', path: '/api/jobs/j2', status: 200 },
];

describeEachSetup('writes applied exactly once', (setup) => {
  let backing: Backing;
  let work: string;
  let server: RunningServer;
  let token: string;
  let api: ApiClient;
  const first = new Map<string, Answer>();

  /** Everything the account's data shows, through the API. */
  async function snapshot(client: ApiClient): Promise<unknown> {
    const paths = ['/api/jobs', '/api/jobs/j1/subjects', '/api/jobs/j1/photos', '/api/jobs/j1/albums', '/api/jobs/j2'];
    const codes = ['AAAA2222', 'BBBB3333', 'CCCC4444', 'DDDD5555'].map((code) => `/api/gallery/${code}`);
    return Promise.all([...paths, ...codes].map(async (path) => ({ path, ...(await client.get(path)), headers: undefined })));
  }

  async function replayAll(client: ApiClient): Promise<void> {
    for (const write of WRITES) {
      for (let time = 0; time < 3; time += 1) {
        const again = await client.send(write.method, write.path, write.body, write.key);
        expect({ status: again.status, body: again.body }, `${write.key} replay ${time + 1}`).toEqual({ status: write.status, body: first.get(write.key)?.body });
        expect(again.headers.get('idempotent-replayed')).toBe('true');
      }
    }
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-idem-'));
    backing = await setup.backing(join(work, 'data'));
    server = await startServerOn(backing.stores);
    token = await tokenFor(backing.stores, 'Studio');
    api = apiClient(server.url, token);
    for (const write of WRITES) {
      const answer = await api.send(write.method, write.path, write.body, write.key);
      expect(answer.status, `${write.key} ${JSON.stringify(answer.body)}`).toBe(write.status);
      expect(answer.headers.get('idempotent-replayed')).toBe('false');
      first.set(write.key, answer);
    }
  });
  afterAll(async () => {
    await server.stop();
    await backing.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('reached the state the writes describe', async () => {
    expect((await api.get('/api/jobs')).body).toMatchObject({ jobs: [{ id: 'j1', status: 'selling' }] });
    expect((await api.get('/api/jobs/j1/subjects')).body).toMatchObject({
      subjects: [
        { id: 's1', code: 'CCCC4444', activated: false },
        { id: 's2', code: 'BBBB3333', activated: true },
      ],
    });
    expect((await api.get('/api/jobs/j1/photos')).body).toMatchObject({ photos: [{ id: 'p1', hidden: true, album: '1B', subjects: ['s1', 's2'] }] });
    expect((await api.get('/api/jobs/j2')).status).toBe(410);
    expect((await api.get('/api/gallery/AAAA2222')).body).toMatchObject({ state: 'incorrect-code' });
  });

  it('answers every write replayed 3 times with its first answer and changes nothing', async () => {
    const before = await snapshot(api);
    await replayAll(api);
    expect(await snapshot(api)).toEqual(before);
  });

  it('still does after a restart of the server on the same data folder', async () => {
    const before = await snapshot(api);
    await server.stop();
    server = await startServerOn(backing.stores);
    api = apiClient(server.url, token);
    await replayAll(api);
    expect(await snapshot(api)).toEqual(before);
  });

  it('refuses a key used again for another request with 409, and changes nothing', async () => {
    const before = await snapshot(api);
    const reused = await api.put('/api/jobs/j1', { name: 'Spring', status: 'archived' }, 'op-06');
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ error: { code: 'operation-reused' } });
    expect((await api.put('/api/jobs/j1/subjects/s9', { firstName: 'Di', lastName: 'Fo', group: '1A', code: 'EEEE6666' }, 'op-02')).status).toBe(409);
    expect(await snapshot(api)).toEqual(before);
  });

  it('takes a code spelt in another case as the same request', async () => {
    const again = await api.put('/api/jobs/j1/activations/bbbb3333', { activated: true }, 'op-09');
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('requires a well-formed Idempotency-Key on every write', async () => {
    for (const key of ['', 'has space', 'x'.repeat(201)]) {
      const answer = await api.put('/api/jobs/j3', { name: 'Keyless', status: 'planning' }, key);
      expect(answer.status, JSON.stringify(key)).toBe(400);
      expect(answer.body).toMatchObject({ error: { code: 'invalid-input', message: expect.stringMatching(/Idempotency-Key/) as string } });
    }
    expect((await api.get('/api/jobs/j3')).status).toBe(404);
  });

  it("keeps each account's keys apart: another account's op-01 is a new write of its own", async () => {
    const other = apiClient(server.url, await tokenFor(backing.stores, 'Other studio'));
    const answer = await other.put('/api/jobs/j1', { name: 'Other spring', status: 'planning' }, 'op-01');
    expect(answer.status).toBe(201);
    expect(answer.headers.get('idempotent-replayed')).toBe('false');
    expect((await api.get('/api/jobs/j1')).body).toMatchObject({ name: 'Spring', status: 'selling' });
  });
});
