import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiClient } from './support/api.js';
import { SERVER_BIN as BIN, startServerProcess, tokenCreate as tokenCreateOn } from './support/server-process.js';
import { describeEachSetup, type Backing } from './support/setups.js';

describeEachSetup('the shootdesk-server command (the built bundle)', (setup) => {
  let work: string;
  let backing: Backing;
  const tokenCreate = (account: string) => tokenCreateOn(account, backing.databaseArgs);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-server-bin-'));
    backing = await setup.backing(work);
  });
  afterAll(async () => {
    await backing.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('creates tokens that work, serves on the port it prints, and stops cleanly on SIGTERM', async () => {
    const first = tokenCreate('Studio');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Created account Studio/);
    const second = tokenCreate('Studio');
    expect(second.stdout).toMatch(/^Account Studio;/);
    const tokens = [first, second].map((run) => run.stdout.trim().split('\n').at(-1) ?? '');
    for (const token of tokens) expect(token).toMatch(/^sdt_[A-Za-z0-9_-]{43}$/);
    expect(tokens[0]).not.toBe(tokens[1]);

    const server = await startServerProcess(backing.args);
    const url = server.url;
    let exitCode: number | null = null;
    try {
      for (const token of tokens) {
        const studio = apiClient(url, token);
        expect((await studio.get('/api/jobs')).status).toBe(200);
      }
      expect((await apiClient(url, tokens[0]).put('/api/jobs/j', { name: 'Job', status: 'planning' })).status).toBe(201);
      expect((await apiClient(url, tokens[1]).get('/api/jobs/j')).status).toBe(200);
      expect((await apiClient(url, 'not-a-token').get('/api/jobs')).status).toBe(401);
      expect((await apiClient(url).get('/api/health')).body).toEqual({ status: 'ok' });
    } finally {
      exitCode = await server.stop();
    }
    expect(exitCode).toBe(0);
  });

  it('refuses bad usage with exit 2 and the usage text', () => {
    const run = spawnSync(process.execPath, [BIN, 'token', 'create'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/needs --account[\s\S]*Usage:/);
  });
});
