import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PhotoBody } from '../../server/src/api-schemas.js';
import { generateShoot, unlockShoot } from '../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../support/shoot/manifest.js';
import { apiClient, type ApiClient } from './support/api.js';
import { startServerOn, tokenFor, type RunningServer } from './support/server.js';
import { describeEachSetup, type Backing } from './support/setups.js';
import { photosOf, recordOf, type ShootPhoto } from './support/shoot-photos.js';
import { uploadOverTus } from './support/upload.js';

// Word for word from design.md §1.
const ALMOST_READY = 'Your photos are almost ready.';
const INCORRECT = 'Error! You have entered an incorrect access code. Please try again';
const ARCHIVED = 'Missed the Sale? No Worries - Your Memories Are Safe!';

interface Gallery {
  state: string;
  message: string;
  photos: { id: string; url: string }[];
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describeEachSetup('what a customer sees for a code', (setup) => {
  let backing: Backing;
  let work: string;
  let shoot: ShootManifest;
  let server: RunningServer;
  let token: string;
  let api: ApiClient;
  let customer: ApiClient;
  let shots: ShootPhoto[];
  let card: ShootPhoto;
  let photoCount = 0;

  const gallery = async (code: string) => (await customer.get(`/api/gallery/${encodeURIComponent(code)}`)).body as Gallery;
  const fetchBytes = async (path: string) => {
    const response = await fetch(new URL(path, server.url));
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  };
  /** The ids of every photo on the server whose URL under this code serves bytes. */
  const servedIds = async (code: string) => {
    const served: number[] = [];
    for (let id = 1; id <= photoCount + 2; id += 1) {
      const { status } = await fetchBytes(`/api/gallery/${code}/photos/${id}`);
      if (status === 200) served.push(id);
      else expect(status).toBe(404);
    }
    return served;
  };

  /** A photo record linked to `subjects`, its bytes uploaded unless `bytes` is false. */
  async function addPhoto(jobId: string, photo: ShootPhoto, subjects: string[], overrides: Partial<PhotoBody> = {}, bytes = true) {
    photoCount += 1;
    const photoId = `ph${photoCount}`;
    expect((await api.put(`/api/jobs/${jobId}/photos/${photoId}`, recordOf(photo, { subjects, ...overrides }))).status).toBe(201);
    if (bytes) await uploadOverTus(photo.bytes, { baseUrl: server.url, token, jobId, photoId, sha256: photo.sha256 });
  }

  async function addSubject(jobId: string, subjectId: string, code: string, activated: boolean) {
    expect((await api.put(`/api/jobs/${jobId}/subjects/${subjectId}`, { firstName: 'Kid', lastName: subjectId, group: '1A', code })).status).toBe(201);
    if (activated) expect((await api.put(`/api/jobs/${jobId}/activations/${code}`, { activated: true })).status).toBe(200);
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-gallery-'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 59, subjects: 2, photosPerSubject: [2, 2] });
    shots = photosOf(shoot).filter((photo) => !photo.card);
    card = photosOf(shoot).find((photo) => photo.card)!;
    backing = await setup.backing(join(work, 'data'));
    server = await startServerOn(backing.stores);
    token = await tokenFor(backing.stores, 'Studio');
    api = apiClient(server.url, token);
    customer = apiClient(server.url);

    await api.put('/api/jobs/plan', { name: 'Planned', status: 'planning' });
    await addSubject('plan', 'p', 'PLAN2222', true);
    await addPhoto('plan', shots[0]!, ['p']);

    await api.put('/api/jobs/sell', { name: 'Selling', status: 'selling' });
    await addSubject('sell', 'g', 'GALL2222', true);
    await addSubject('sell', 'n', 'NOVI2222', true);
    await addSubject('sell', 'a', 'NOTA2222', false);
    await addPhoto('sell', shots[1]!, ['g']);
    await addPhoto('sell', shots[2]!, ['g', 'n'], { hidden: true });
    await addPhoto('sell', card, ['g', 'n']);
    await addPhoto('sell', shots[3]!, ['g', 'n'], {}, false);
    await addPhoto('sell', shots[0]!, ['g', 'a']);

    await api.put('/api/jobs/arch', { name: 'Archived', status: 'selling' });
    await addSubject('arch', 'r', 'ARCH2222', true);
    await addPhoto('arch', shots[1]!, ['r']);
    await api.put('/api/jobs/arch', { name: 'Archived', status: 'archived' });

    await api.put('/api/jobs/gone', { name: 'Deleted', status: 'selling' });
    await addSubject('gone', 'd', 'RETI2222', true);
    await addPhoto('gone', shots[2]!, ['d']);
    expect((await api.delete('/api/jobs/gone')).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await backing.dispose();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['planning', 'activated', 'PLAN2222', 'almost-ready', ALMOST_READY],
    ['selling', 'activated, no visible photo linked (hidden, card, bytes not arrived)', 'NOVI2222', 'almost-ready', ALMOST_READY],
    ['selling', 'exists, not activated', 'NOTA2222', 'almost-ready', ALMOST_READY],
    ['selling', 'does not exist', 'UNKN2222', 'incorrect-code', INCORRECT],
    ['selling', 'retired (deleted job)', 'RETI2222', 'incorrect-code', INCORRECT],
    ['selling', 'not a code at all', '<b>x</b>', 'incorrect-code', INCORRECT],
    ['archived', 'activated', 'ARCH2222', 'archived', ARCHIVED],
  ])('%s, %s: %s shows %s with no photo, and serves none', async (_status, _code, code, state, message) => {
    expect(await gallery(code)).toEqual({ state, message, photos: [] });
    if (/^[A-Z0-9]+$/.test(code)) expect(await servedIds(code)).toEqual([]);
  });

  it('selling, activated, ≥1 visible photo: the gallery lists exactly the visible photos whose bytes arrived, byte-identical', async () => {
    const shown = await gallery('GALL2222');
    expect(shown.state).toBe('gallery');
    expect(shown.message).toBe('Your photos are ready.');
    const bytes = await Promise.all(shown.photos.map((photo) => fetchBytes(photo.url)));
    expect(bytes.map(({ status, type }) => ({ status, type }))).toEqual([
      { status: 200, type: 'image/jpeg' },
      { status: 200, type: 'image/jpeg' },
    ]);
    expect(bytes.map((each) => sha(each.bytes)).sort()).toEqual([shots[0]!.sha256, shots[1]!.sha256].sort());
    expect((await servedIds('GALL2222')).map(String).sort()).toEqual(shown.photos.map((photo) => photo.id).sort());
    expect(await gallery('gall2222')).toEqual(shown);
  });

  it('stops serving the photos the moment the code is deactivated or the job leaves selling', async () => {
    const { photos } = await gallery('GALL2222');
    const check = async (state: string) => {
      expect((await gallery('GALL2222')).state).toBe(state);
      for (const photo of photos) expect((await fetchBytes(photo.url)).status).toBe(state === 'gallery' ? 200 : 404);
    };
    await api.put('/api/jobs/sell/activations/GALL2222', { activated: false });
    await check('almost-ready');
    await api.put('/api/jobs/sell/activations/GALL2222', { activated: true });
    await check('gallery');
    await api.put('/api/jobs/sell', { name: 'Selling', status: 'archived' });
    await check('archived');
    await api.put('/api/jobs/sell', { name: 'Selling', status: 'selling' });
    await check('gallery');
    // The photo a not-activated code shares with the gallery is still not its to show.
    expect((await fetchBytes(photos[0]!.url.replace('GALL2222', 'NOTA2222'))).status).toBe(404);
  });

  it('shows the customer page with the gallery or the message, escaped, under a strict CSP', async () => {
    const page = async (code: string) => {
      const response = await fetch(new URL(`/g/${encodeURIComponent(code)}`, server.url));
      return { csp: response.headers.get('content-security-policy'), type: response.headers.get('content-type'), html: await response.text() };
    };
    const open = await page('GALL2222');
    expect(open.type).toBe('text/html; charset=utf-8');
    expect(open.csp).toMatch(/default-src 'none'; img-src 'self'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(open.html).toContain('Your photos are ready.');
    for (const photo of (await gallery('GALL2222')).photos) expect(open.html).toContain(`<img src="${photo.url}"`);

    expect((await page('ARCH2222')).html).toContain(ARCHIVED);
    const hostile = await page('<script>alert(1)</script>');
    expect(hostile.html).toContain(INCORRECT);
    expect(hostile.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile.html).not.toContain('<script>');
    expect(hostile.html).not.toContain('<img');
  });
});
