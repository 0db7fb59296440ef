import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SortReport } from '../../../shared/domain.js';
import { runCli, startCli } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

/**
 * Tethered shooting: the camera software writes photos into a folder one by one while `watch`
 * runs. One write stalls half way for longer than the watch waits, so a half JPEG is read once;
 * when the rest arrives it must be read again, and the job must end exactly as a sort of the whole
 * shoot would.
 */
describe('watching a folder while photos arrive', () => {
  let work: string;
  let manifest: ShootManifest;
  let tethered: string;
  let db: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-watch-'));
    db = join(work, 'shootdesk.sqlite');
    tethered = join(work, 'tethered');
    mkdirSync(tethered);
    manifest = await generateShoot(join(work, 'camera'), { seed: 83, subjects: 4, photosPerSubject: [2, 3], traps: ['lead-photos'] });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const land = (path: string): void => {
    mkdirSync(dirname(join(tethered, path)), { recursive: true });
    copyFileSync(join(manifest.root, path), join(tethered, path));
  };

  it('sorts photos as they land, reads a stalled half-written photo again once whole, and stops on Ctrl-C', async () => {
    const { child, done } = startCli(['watch', tethered, '--job', 'Tethered', '--names', join(work, 'names.csv'), '--db', db], join(work, 'data'));
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const passes = (): string[] => stdout.split('\n').filter((line) => / (sorted|could not sort): /.test(line));
    const nextPass = async (after: number): Promise<string> => {
      for (let waited = 0; waited < 60_000; waited += 100) {
        const line = passes()[after];
        if (line !== undefined) return line;
        await sleep(100);
      }
      throw new Error(`no pass ${after + 1} reported; output so far:\n${stdout}`);
    };

    const files = manifest.files.map((file) => file.path);
    const half = Math.floor(files.length / 2);
    for (const path of files.slice(0, half)) {
      land(path);
      await sleep(50);
    }
    expect(await nextPass(0)).toMatch(new RegExp(`sorted: ${half} files \\(`));

    // The next photo arrives in two parts with a 3-second stall between them.
    const [stalled, ...rest] = files.slice(half);
    if (stalled === undefined) throw new Error('the shoot is too small');
    const bytes = readFileSync(join(manifest.root, stalled));
    writeFileSync(join(tethered, stalled), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await sleep(3000);
    writeFileSync(join(tethered, stalled), bytes);
    for (const path of rest) land(path);

    // Passes come until the whole shoot is in, with nothing unreadable left.
    let pass = 1;
    let line = await nextPass(pass);
    while (!line.includes(`sorted: ${files.length} files`) || line.includes('could not be read')) line = await nextPass((pass += 1));
    expect(line).toMatch(new RegExp(`sorted: ${files.length} files \\(\\d+ photos, \\d+ cards\\), \\d+ held for review$`));
    // The half photo was read while it stalled, as a file that could not be read; it is not left so.
    expect(passes().some((pass) => pass.includes('could not be read'))).toBe(true);

    child.kill('SIGINT');
    const run = await done;
    expect(run.code, run.stderr).toBe(0);
    expect(stdout).toMatch(/Stopped watching\.\n$/);

    // The same galleries as a sort of the finished shoot from scratch.
    const watched = JSON.parse((await runCli(['galleries', '--job', 'Tethered', '--json', '--db', db], join(work, 'data'))).stdout) as SortReport;
    const fresh = JSON.parse((await runCli(['sort', manifest.root, '--job', 'Fresh', '--names', join(work, 'names.csv'), '--json', '--db', join(work, 'fresh.sqlite')], join(work, 'data'))).stdout) as SortReport;
    expect(watched.errors).toEqual([]);
    expect({ galleries: watched.galleries, review: watched.review, unassigned: watched.unassigned }).toEqual({ galleries: fresh.galleries, review: fresh.review, unassigned: fresh.unassigned });
  }, 180_000);

  it('refuses to watch a second folder at once in one process, and a folder that holds the database', async () => {
    const result = await runCli(['watch', work, '--job', 'Inside', '--db', db], join(work, 'data'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/database|user-data/i);
  });
});
