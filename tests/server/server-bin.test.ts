import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiClient } from './support/api.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'shootdesk-server.js');
const work = mkdtempSync(join(tmpdir(), 'shootdesk-server-bin-'));

const tokenCreate = (account: string) => spawnSync(process.execPath, [BIN, 'token', 'create', '--account', account, '--data', work], { encoding: 'utf8' });

describe('the shootdesk-server command (the built bundle)', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('creates tokens that work, serves on the port it prints, and stops cleanly on SIGTERM', async () => {
    const first = tokenCreate('Studio');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Created account Studio/);
    const second = tokenCreate('Studio');
    expect(second.stdout).toMatch(/^Account Studio;/);
    const tokens = [first, second].map((run) => run.stdout.trim().split('\n').at(-1) ?? '');
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens[0]).not.toBe(tokens[1]);

    const server = spawn(process.execPath, [BIN, '--port', '0', '--data', work], { env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolveExit) => server.on('close', resolveExit));
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          const found = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (found) resolveUrl(found[1]!);
        });
        server.on('close', () => reject(new Error(`server exited before listening: ${out}`)));
      });
      for (const token of tokens) {
        const studio = apiClient(url, token);
        expect((await studio.get('/api/jobs')).status).toBe(200);
      }
      expect((await apiClient(url, tokens[0]).put('/api/jobs/j', { name: 'Job', status: 'planning' })).status).toBe(201);
      expect((await apiClient(url, tokens[1]).get('/api/jobs/j')).status).toBe(200);
      expect((await apiClient(url, 'not-a-token').get('/api/jobs')).status).toBe(401);
      expect((await apiClient(url).get('/api/health')).body).toEqual({ status: 'ok' });
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('refuses bad usage with exit 2 and the usage text', () => {
    const run = spawnSync(process.execPath, [BIN, 'token', 'create'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/needs --account[\s\S]*Usage:/);
  });
});
