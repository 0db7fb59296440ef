import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/create-core.js';
import { derivativePaths } from '../../../electron/core/media/write-cache.js';
import type { Bridge } from '../../../electron/host/bridge-server.js';
import { photoRows } from '../../../renderer/src/workspace/photo-rows.js';
import type { ShootdeskBridge } from '../../../shared/api/bridge.js';
import { openBridge } from '../../support/open-bridge.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';

const TOKEN = 'media-token-1234567890';

/** A raw GET, so odd paths go out exactly as written (fetch would normalise them first). */
function get(origin: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: new URL(origin).port, path, headers: { host: new URL(origin).host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The built bridge client as a page runs it, with just enough of a browser around it. */
function pageBridge(clientScript: string): ShootdeskBridge {
  const page: Record<string, unknown> = {
    location: { search: `?token=${TOKEN}` },
    URLSearchParams,
    EventSource: class {
      onmessage: unknown = null;
    },
  };
  page.window = page;
  runInNewContext(readFileSync(clientScript, 'utf8'), page);
  return page.shootdesk as ShootdeskBridge;
}

describe('cached thumbnails and previews through the browser bridge', () => {
  let work: string;
  let cacheDir: string;
  let core: Core;
  let bridge: Bridge;
  let origin: string;
  let sha256: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-bridge-media-'));
    cacheDir = join(work, 'cache');
    const rendererDir = join(work, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<html><body><script type="module" src="/app.js"></script></body></html>');
    ({ core, bridge } = await openBridge(work, rendererDir, TOKEN));
    origin = new URL(bridge.url).origin;
    const shoot = await generateShoot(join(work, 'shoot'), { seed: 9, subjects: 1, photosPerSubject: [2, 2] });
    await core.handlers['sort.run']({ folder: shoot.root, job: 'Media' });
    const [photo] = photoRows(await core.handlers['photos.list']({ job: 'Media' }));
    if (!photo?.sha256) throw new Error('an analysed photo expected');
    sha256 = photo.sha256;
    // A secret beside the cache, and a cache entry that links to it: a real-path check refuses it.
    writeFileSync(join(work, 'secret.jpg'), 'not for the page');
    const escape = derivativePaths(cacheDir, 'e'.repeat(64)).thumbnail;
    mkdirSync(dirname(escape), { recursive: true });
    symlinkSync(join(work, 'secret.jpg'), escape);
  }, 120_000);
  afterAll(async () => {
    await bridge.close();
    await core.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('serves a thumbnail’s and a preview’s exact bytes, cached for good', async () => {
    for (const [kind, file] of [
      ['thumb', derivativePaths(cacheDir, sha256).thumbnail],
      ['preview', derivativePaths(cacheDir, sha256).preview],
    ] as const) {
      const response = await get(origin, `/media/${kind}/${sha256}.jpg?token=${TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('image/jpeg');
      expect(response.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      expect(response.body.equals(readFileSync(file))).toBe(true);
    }
  });

  it('gives the page URLs that the route serves', async () => {
    const page = pageBridge(join(import.meta.dirname, '..', '..', '..', 'dist', 'bridge-client.js'));
    const url = page.mediaUrl('thumb', sha256);
    expect(url).toBe(`/media/thumb/${sha256}.jpg?token=${TOKEN}`);
    expect((await get(origin, url)).status).toBe(200);
    expect(() => page.mediaUrl('thumb', sha256.toUpperCase())).toThrow();
    expect(() => page.mediaUrl('thumb', `../${sha256.slice(3)}`)).toThrow();
  });

  it.each([
    ['without a token', ''],
    ['with a wrong token', '?token=wrong'],
    ['with the token in the wrong parameter', `?key=${TOKEN}`],
  ])('refuses a request %s', async (_name, query) => {
    const response = await get(origin, `/media/thumb/${'a'.repeat(64)}.jpg${query}`);
    expect(response.status).toBe(403);
    expect((await get(origin, `/media/thumb/${sha256}.jpg${query}`)).status).toBe(403);
  });

  it.each([
    ['an upper-case hash', () => `/media/thumb/${sha256.toUpperCase()}.jpg`],
    ['a short hash', () => `/media/thumb/${sha256.slice(1)}.jpg`],
    ['another extension', () => `/media/thumb/${sha256}.png`],
    ['another kind', () => `/media/original/${sha256}.jpg`],
    ['a parent folder', () => `/media/thumb/../${sha256}.jpg`],
    ['an encoded parent folder', () => `/media/thumb/%2e%2e/preview/${sha256}.jpg`],
    ['encoded slashes', () => `/media/thumb/..%2F..%2Fsecret.jpg`],
    ['an encoded slash inside the name', () => `/media/thumb/${sha256.slice(0, 2)}%2F${sha256}.jpg`],
    ['the cache layout', () => `/media/thumbs/${sha256.slice(0, 2)}/${sha256}.jpg`],
    ['a hash not in the cache', () => `/media/thumb/${'0'.repeat(64)}.jpg`],
    ['a cache entry that links outside the cache', () => `/media/thumb/${'e'.repeat(64)}.jpg`],
  ])('answers 404 for %s', async (_name, path) => {
    const response = await get(origin, `${path()}?token=${TOKEN}`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('not for the page');
  });
});
