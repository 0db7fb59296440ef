import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateShoot, unlockShoot } from '../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../support/shoot/manifest.js';
import { apiClient, type ApiClient } from './support/api.js';
import { startServerProcess, tokenCreate, type ServerProcess } from './support/server-process.js';
import { describeEachSetup, type Backing } from './support/setups.js';
import { photosOf, recordOf, type ShootPhoto } from './support/shoot-photos.js';
import { uploadOverTus } from './support/upload.js';

const subject = (code: string) => ({ firstName: 'Kid', lastName: code, group: '1A', code });

// Several processes behind a load balancer share one database and one bucket: the shared-storage
// set-up only (two processes on one SQLite file is not a set-up the server offers).
describeEachSetup('two server processes on one database and one storage', (setup) => {
  let work: string;
  let shoot: ShootManifest;
  let backing: Backing;
  let servers: ServerProcess[];
  let token: string;
  let a: ApiClient;
  let b: ApiClient;
  let photos: ShootPhoto[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-two-servers-'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 61, subjects: 3, photosPerSubject: [3, 3] });
    photos = photosOf(shoot).filter((photo) => !photo.card);
    backing = await setup.backing(join(work, 'data'));
    servers = await Promise.all([startServerProcess(backing.args), startServerProcess(backing.args)]);
    const created = tokenCreate('Studio', backing.databaseArgs);
    expect(created.status, created.stderr).toBe(0);
    token = created.stdout.trim().split('\n').at(-1)!;
    [a, b] = servers.map((server) => apiClient(server.url, token)) as [ApiClient, ApiClient];
    expect((await a.put('/api/jobs/shared', { name: 'Shared', status: 'selling' })).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await backing.dispose();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('applies the same first write sent to both at once exactly once, and answers both alike', async () => {
    for (let round = 0; round < 10; round += 1) {
      const body = subject(`RACE${round}222`);
      const answers = await Promise.all([a.put(`/api/jobs/shared/subjects/r${round}`, body, `race-${round}`), b.put(`/api/jobs/shared/subjects/r${round}`, body, `race-${round}`)]);
      expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
      expect(answers[0].body).toEqual(answers[1].body);
      expect(answers.map((answer) => answer.headers.get('idempotent-replayed')).sort()).toEqual(['false', 'true']);
    }
    const { subjects } = (await b.get('/api/jobs/shared/subjects')).body as { subjects: unknown[] };
    expect(subjects).toHaveLength(10);
  });

  it('gives a code two subjects claim at once to exactly one of them', async () => {
    for (let round = 0; round < 10; round += 1) {
      const code = `TAKE${round}333`;
      const answers = await Promise.all([a.put(`/api/jobs/shared/subjects/x${round}`, subject(code)), b.put(`/api/jobs/shared/subjects/y${round}`, subject(code.toLowerCase()))]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expect(answers.find((answer) => answer.status === 409)?.body).toMatchObject({ error: { code: 'code-taken' } });
    }
    const { subjects } = (await a.get('/api/jobs/shared/subjects')).body as { subjects: { code: string }[] };
    expect(subjects.filter((each) => each.code.startsWith('TAKE')).map((each) => each.code).sort()).toEqual(Array.from({ length: 10 }, (_, round) => `TAKE${round}333`));
  });

  it('takes uploads through both, one of them started on one process and finished on the other, every photo byte-identical', async () => {
    await a.put('/api/jobs/shared/subjects/kid', subject('KIDS4444'));
    await b.put('/api/jobs/shared/activations/KIDS4444', { activated: true });
    for (const [index, photo] of photos.entries()) {
      expect((await (index % 2 ? b : a).put(`/api/jobs/shared/photos/p${index}`, recordOf(photo, { subjects: ['kid'] }))).status).toBe(201);
    }
    const target = (index: number, server: ServerProcess) => ({ baseUrl: server.url, token, jobId: 'shared', photoId: `p${index}`, sha256: photos[index]!.sha256 });
    const [handedOver, ...rest] = photos.map((_, index) => index);
    const chunk = 16_384;
    const started = await uploadOverTus(photos[handedOver!]!.bytes, target(handedOver!, servers[0]!), { chunkSize: chunk, abortAfter: chunk });
    expect((await b.tus('HEAD', new URL(started.url!).pathname)).headers.get('upload-offset')).toBe(String(chunk));
    const onB = new URL(new URL(started.url!).pathname, servers[1]!.url).href;
    const [finished, ...runs] = await Promise.all([
      uploadOverTus(photos[handedOver!]!.bytes, target(handedOver!, servers[1]!), { chunkSize: chunk, resumeFrom: onB }),
      ...rest.map((index) => uploadOverTus(photos[index]!.bytes, target(index, servers[index % 2]!))),
    ]);
    expect(finished.sent).toBe(photos[handedOver!]!.bytes.length - chunk);
    expect(runs.map((run) => new URL(run.url!).origin).sort()).toEqual(rest.map((index) => new URL(servers[index % 2]!.url).origin).sort());

    for (const [index, run] of [started, ...runs].entries()) {
      expect((await backing.storedBytes(basename(run.url!)))?.equals(photos[index]!.bytes), `p${index}`).toBe(true);
    }
    for (const client of [a, b]) {
      const listed = (await client.get('/api/jobs/shared/photos')).body as { photos: { bytesPresent: boolean }[] };
      expect(listed.photos.map((photo) => photo.bytesPresent)).toEqual(photos.map(() => true));
    }
    const gallery = (await apiClient(servers[1]!.url).get('/api/gallery/kids4444')).body as { state: string; photos: { url: string }[] };
    expect(gallery.state).toBe('gallery');
    expect(gallery.photos).toHaveLength(photos.length);
    const served = await fetch(new URL(gallery.photos[0]!.url, servers[0]!.url));
    expect(served.status).toBe(200);
  });

  it('makes a process let go of an upload its dropped client left open, when the client comes back through the other', async () => {
    const photo = photos[0]!;
    expect((await a.put('/api/jobs/shared/photos/held', recordOf(photo, { subjects: ['kid'] }))).status).toBe(201);
    const chunk = 16_384;
    const target = { baseUrl: servers[0]!.url, token, jobId: 'shared', photoId: 'held', sha256: photo.sha256 };
    const started = await uploadOverTus(photo.bytes, target, { chunkSize: chunk, abortAfter: chunk });
    const path = new URL(started.url!).pathname;

    // Venue Wi-Fi drops mid-PATCH: process A still holds the request open, waiting for bytes that never come.
    const hanging = request(new URL(path, servers[0]!.url), {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${token}`,
        'tus-resumable': '1.0.0',
        'upload-offset': String(chunk),
        'content-type': 'application/offset+octet-stream',
        'content-length': String(photo.bytes.length - chunk),
      },
    });
    const ended = new Promise<string>((resolve) => {
      hanging.on('response', (response) => resolve(`answered ${response.statusCode}`));
      hanging.on('error', (error) => resolve(`closed (${error.message})`));
    });
    hanging.write(photo.bytes.subarray(chunk, chunk + 1000));
    await new Promise((resolve) => setTimeout(resolve, 500));

    // The client, back, asks process B where to resume: A is told to end the dead request first.
    const head = await b.tus('HEAD', path);
    expect(head.status).toBe(200);
    const outcome = await Promise.race([ended, new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 5000))]);
    expect(outcome).not.toBe('still open');
    hanging.destroy();

    const onB = new URL(path, servers[1]!.url).href;
    await uploadOverTus(photo.bytes, { ...target, baseUrl: servers[1]!.url }, { chunkSize: chunk, resumeFrom: onB });
    expect((await backing.storedBytes(basename(started.url!)))?.equals(photo.bytes)).toBe(true);
    expect(((await b.get('/api/jobs/shared/photos/held')).body as { bytesPresent: boolean }).bytesPresent).toBe(true);
  });
}, { sharedOnly: true });
