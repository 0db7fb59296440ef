import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SortReport } from '../../../shared/domain.js';
import { withoutTiming } from '../../support/without-timing.js';
import { runCli, startCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { createRng } from '../../support/shoot/prng.js';
import { trapsShootSpec } from '../../support/shoot/shoot-spec.js';

function tableCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const tables = ['jobs', 'subjects', 'access_codes', 'albums', 'photos', 'photo_subjects', 'review_items', 'review_item_photos', 'scan_errors'];
  const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  db.close();
  return counts;
}

describe('a sort killed at random moments', () => {
  let work: string;
  let manifest: ShootManifest;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-crash-'));
    manifest = await generateShoot(join(work, 'shoot'), trapsShootSpec({ seed: 7 }));
  });
  afterAll(async () => {
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('resumes to exactly the result of an uninterrupted run, with a sound database', async () => {
    const args = (db: string): string[] => ['sort', manifest.root, '--job', 'Crash 2026', '--db', db, '--json'];

    const started = performance.now();
    const reference = await runCli(args(join(work, 'reference.sqlite')), join(work, 'reference-data'));
    const referenceMs = performance.now() - started;
    // Progress lines only (stderr is no terminal here): nothing failed.
    expect(reference.stderr).not.toMatch(/error|fail|could not/i);
    expect(reference.code).toBe(0);

    const crashDb = join(work, 'crash.sqlite');
    const crashData = join(work, 'crash-data');
    const rng = createRng(2026);
    const analysedAfterKill: number[] = [];
    // Kills land anywhere from start-up to the end of what is left: each resumed run has less to do,
    // so the window shrinks with the share of photos already analysed (start-up stays).
    for (let attempt = 0; attempt < 12 && analysedAfterKill.length < 6; attempt += 1) {
      const { child, done } = startCli(args(crashDb), crashData);
      const left = 1 - (analysedAfterKill.at(-1) ?? 0) / manifest.files.length;
      await new Promise((resolve) => setTimeout(resolve, referenceMs * (0.1 + left * 0.7 * rng.next())));
      child.kill('SIGKILL');
      const run = await done;
      if (run.signal === 'SIGKILL') {
        const db = new Database(crashDb, { readonly: true });
        analysedAfterKill.push((db.prepare('SELECT count(*) AS n FROM photos WHERE qr_at IS NOT NULL').get() as { n: number }).n);
        db.close();
      }
    }
    expect(analysedAfterKill.length).toBeGreaterThanOrEqual(5);

    const resumed = await runCli(args(crashDb), crashData);
    expect(resumed.code).toBe(0);
    expect(withoutTiming(JSON.parse(resumed.stdout) as SortReport)).toEqual(withoutTiming(JSON.parse(reference.stdout) as SortReport));

    const db = new Database(crashDb, { readonly: true });
    const photoRows = (db.prepare('SELECT count(*) AS n FROM photos').get() as { n: number }).n;
    // At least one kill must have landed mid-analysis, or this test proves nothing about resuming.
    expect(analysedAfterKill.some((n) => n > 0 && n < photoRows)).toBe(true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
    expect(tableCounts(crashDb)).toEqual(tableCounts(join(work, 'reference.sqlite')));
  }, 240_000);
});
