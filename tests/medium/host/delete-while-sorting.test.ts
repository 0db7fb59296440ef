import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCall } from '../../../shared/api/derive.js';
import { createCore } from '../../../electron/core/app/create-core.js';
import { runCli, startCli } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

/** Resolves once the running CLI has printed `text` to stderr (its plain progress lines). */
function whenStderrShows(child: ReturnType<typeof startCli>['child'], text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer | string) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
    child.on('close', () => reject(new Error(`the CLI ended without printing "${text}": ${seen}`)));
  });
}

describe('deleting a job while it is being sorted', () => {
  let work: string;
  let manifest: ShootManifest;
  const data = (): string => join(work, 'data');
  const db = (): string => join(work, 'shootdesk.sqlite');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-delete-'));
    // Enough images that reading them takes a few seconds on two shared cores.
    manifest = await generateShoot(join(work, 'shoot'), { seed: 71, subjects: 8, photosPerSubject: [3, 4] });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is refused from another process while the sort runs, and allowed once it has ended', async () => {
    const sort = startCli(['sort', manifest.root, '--job', 'Spring', '--db', db()], data());
    await whenStderrShows(sort.child, 'Reading images');
    const refused = await runCli(['jobs', 'delete', 'spring', '--db', db()], data());
    expect(refused).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'shootdesk: job "Spring" is being sorted right now (in this or another Shootdesk window or command); cancel that sort or let it finish, then delete the job\n',
    });
    const notRenamed = await runCli(['jobs', 'rename', 'Spring', 'Autumn', '--db', db()], data());
    expect(notRenamed).toMatchObject({ code: 1, stderr: 'shootdesk: job "Spring" is being sorted right now; rename it when that sort has finished\n' });
    const sorted = await sort.done;
    expect(sorted.code).toBe(0);
    expect(sorted.stdout).toMatch(/^Job "Spring": 8 galleries/);

    const deleted = await runCli(['jobs', 'delete', 'Spring', '--db', db()], data());
    expect(deleted).toMatchObject({ code: 0, stdout: 'Deleted job "Spring"; 8 access codes retired for good.\n' });
  });

  it('is allowed after a sort was killed: the mark dies with its process', async () => {
    const sort = startCli(['sort', manifest.root, '--job', 'Killed', '--db', db()], data());
    await whenStderrShows(sort.child, 'Reading images');
    sort.child.kill('SIGKILL');
    expect((await sort.done).signal).toBe('SIGKILL');
    const deleted = await runCli(['jobs', 'delete', 'Killed', '--db', db()], data());
    expect(deleted.code).toBe(0);
    const store = new Database(db(), { readonly: true });
    expect(store.prepare('SELECT count(*) AS n FROM jobs').get()).toEqual({ n: 0 });
    store.close();
  });

  it('is refused in the same process too (the desktop app), and a second sort of the job elsewhere as well', async () => {
    const dbPath = join(work, 'app.sqlite');
    const core = createCore({ dbPath, cacheDir: join(work, 'app-cache'), emit: () => undefined });
    try {
      const running = handleCall(core.handlers, 'sort.run', { folder: manifest.root, job: 'App' });
      // The job exists once the sort has started on it.
      await expect.poll(() => handleCall(core.handlers, 'jobs.list', {}).then((r) => (r.ok ? r.value.length : 0))).toBe(1);
      expect(await handleCall(core.handlers, 'jobs.delete', { name: 'App' })).toEqual({
        ok: false,
        error: { code: 'busy', message: expect.stringContaining('job "App" is being sorted right now') as string },
      });
      expect(await handleCall(core.handlers, 'sort.run', { folder: manifest.root, job: 'Other' })).toMatchObject({
        ok: false,
        error: { code: 'busy', message: 'a sort is already running; cancel it or wait for it to finish' },
      });
      const elsewhere = await runCli(['sort', manifest.root, '--job', 'APP', '--db', dbPath], join(work, 'other-data'));
      expect(elsewhere).toMatchObject({ code: 1, stderr: 'shootdesk: job "APP" is being sorted or deleted by another Shootdesk (the desktop app or another command); wait for it to finish\n' });
      expect((await running).ok).toBe(true);
      expect(await handleCall(core.handlers, 'jobs.delete', { name: 'App' })).toMatchObject({ ok: true });
    } finally {
      await core.close();
    }
  });
});
