import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/create-core.js';
import type { Bridge } from '../../../electron/host/bridge-server.js';
import { openBridge } from '../../support/open-bridge.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';

const TOKEN = 'test-token-1234567890';
// Bytes above 0x7f: a server that sends files as text would mangle them.
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0xc3]);

/** A raw request, so the Host header and odd paths go out exactly as written. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; path?: string } = {}) {
  const target = new URL(url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: target.port, path: options.path ?? target.pathname + target.search, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser bridge on 127.0.0.1', () => {
  let work: string;
  let core: Core;
  let bridge: Bridge;
  let origin: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-bridge-'));
    const rendererDir = join(work, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
    writeFileSync(join(rendererDir, 'assets', 'logo.png'), PNG_BYTES);
    writeFileSync(join(work, 'secret.txt'), 'not for the page');
    ({ core, bridge } = await openBridge(work, rendererDir, TOKEN));
    origin = new URL(bridge.url).origin;
  });
  afterAll(async () => {
    await bridge.close();
    await core.close();
    rmSync(work, { recursive: true, force: true });
  });

  const call = (method: string, input: unknown, token = TOKEN) =>
    fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'x-shootdesk-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });

  it('serves the page with the bridge client loaded before the app', async () => {
    expect(bridge.url).toBe(`${origin}/?token=${TOKEN}`);
    const page = await raw(bridge.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/bridge-client.js"></script>\n    <script type="module" src="/assets/app.js">');
    expect((await raw(`${origin}/bridge-client.js`)).body).toContain('shootdesk');
    expect((await raw(`${origin}/assets/app.js`)).body).toBe('console.log("app")');
    expect(Buffer.from(await (await fetch(`${origin}/assets/logo.png`)).arrayBuffer())).toEqual(PNG_BYTES);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/nothing-here.js'])('answers 404 for %s', async (path) => {
    const response = await raw(origin, { path });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('not for the page');
  });

  it('answers API calls with results, and only with the token', async () => {
    expect(await (await call('jobs.list', {})).json()).toEqual({ ok: true, value: [] });
    expect((await call('jobs.list', {}, 'wrong')).status).toBe(403);
    expect((await fetch(`${origin}/api/jobs.list`, { method: 'POST', body: '{}' })).status).toBe(403);
    const invalid = (await (await call('jobs.delete', { name: '' })).json()) as { ok: boolean; error: { code: string } };
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const failed = (await (await call('jobs.delete', { name: 'Nope' })).json()) as { ok: boolean; error: { message: string } };
    expect(failed).toEqual({ ok: false, error: { code: 'not-found', message: 'no job named "Nope"' } });
    expect(await (await call('no.such', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const response = await raw(`${origin}/api/jobs.list`, { method: 'POST', headers: { host: 'evil.example:80', 'x-shootdesk-token': TOKEN }, body: '{}' });
    expect(response.status).toBe(403);
  });

  it('streams scan progress while a sort runs over the API', async () => {
    const shoot = await generateShoot(join(work, 'shoot'), { seed: 8, subjects: 2, photosPerSubject: [2, 2] });
    const controller = new AbortController();
    const events = await fetch(`${origin}/events?token=${TOKEN}`, { signal: controller.signal });
    expect((await fetch(`${origin}/events?token=wrong`)).status).toBe(403);
    const reader = events.body?.getReader();
    const received: string[] = [];
    const reading = (async () => {
      const decoder = new TextDecoder();
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        received.push(decoder.decode(chunk.value as Uint8Array));
        if (received.join('').includes('"stage":"done"')) return;
      }
    })();
    const sorted = (await (await call('sort.run', { folder: shoot.root, job: 'Bridge' })).json()) as { ok: boolean; value: { galleries: unknown[] } };
    await reading;
    controller.abort();
    expect(sorted.ok).toBe(true);
    expect(sorted.value.galleries).toHaveLength(2);
    const frames = received.join('').split('\n\n').filter((f) => f.startsWith('data: ')).map((f) => JSON.parse(f.slice(6)) as { event: string; payload: { stage: string } });
    // The sync's status comes down the same stream; the scan's progress is what this sort sent.
    expect(frames.every((f) => f.event === 'scan.progress' || f.event === 'sync.changed')).toBe(true);
    expect(frames.filter((f) => f.event === 'scan.progress').map((f) => f.payload.stage)).toContain('analyse');
  });
});
