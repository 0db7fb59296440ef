import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

/** The sort's own process: the child the CLI started (electron/host/tuned-malloc.ts), once it reads images. */
async function sortingChild(run: ReturnType<typeof startCli>): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    run.child.stderr?.on('data', (chunk: Buffer | string) => {
      seen += chunk.toString();
      if (seen.includes('Reading images')) resolve();
    });
    run.child.on('close', () => reject(new Error(`the CLI ended before reading images: ${seen}`)));
  });
  const pid = run.child.pid ?? 0;
  const [child] = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
  return Number(child);
}

/** The state letter of a process (R, S, Z ...), or 'gone'. */
function processState(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return 'gone';
  }
}

describe.runIf(process.platform === 'linux')('shootdesk sort with the tuned allocator', () => {
  let work: string;
  let manifest: ShootManifest;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-malloc-'));
    // Enough images that reading them takes a few seconds on two shared cores.
    manifest = await generateShoot(join(work, 'shoot'), { seed: 72, subjects: 8, photosPerSubject: [3, 4] });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const sort = (job: string) => startCli(['sort', manifest.root, '--job', job, '--db', join(work, 'db.sqlite')], join(work, 'data'));

  it('sorts in a child started with the allocator settings, which a SIGTERM to the CLI cancels', async () => {
    const run = sort('Term');
    const child = await sortingChild(run);
    // glibc rewrites the variable in place as it reads it: its name is what stays certain.
    const environment = readFileSync(`/proc/${child}/environ`, 'utf8').split('\0');
    run.child.kill('SIGTERM');
    expect(environment.filter((entry) => /^(GLIBC_TUNABLES|SHOOTDESK_MALLOC_CHILD)=/.test(entry)).map((entry) => entry.split('=')[0])).toEqual(['GLIBC_TUNABLES', 'SHOOTDESK_MALLOC_CHILD']);
    const ended = await run.done;
    expect(ended).toMatchObject({ code: 1, stderr: expect.stringMatching(/shootdesk: sort cancelled; run it again to continue where it stopped\n$/) as string });
  });

  it('ends the child with a CLI killed outright, so the job is free for the next run', async () => {
    const run = sort('Kill');
    const child = await sortingChild(run);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    // Gone, or dead and waiting to be reaped by whoever adopted it; its end is not instant.
    await expect.poll(() => processState(child), { timeout: 10_000 }).toMatch(/^(gone|Z)$/);
    const again = await sort('Kill').done;
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Job "Kill": 8 galleries/);
  });
});
