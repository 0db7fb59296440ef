import Database from 'better-sqlite3';
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortReportSchema } from '../../../shared/api/contract.js';
import type { SortReport } from '../../../shared/domain.js';
import { hashTree } from '../../support/hash-tree.js';
import { withoutTiming } from '../../support/without-timing.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { scoreReport } from '../../support/shoot/score-report.js';
import { trapsShootSpec } from '../../support/shoot/shoot-spec.js';

/** chmod a whole tree, leaving alone the folders the generator locked on purpose. */
function setModes(root: string, modes: { dir: number; file: number }, skip: readonly string[]): void {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (skip.includes(path)) continue;
    if (entry.isDirectory()) {
      setModes(path, modes, skip);
      chmodSync(path, modes.dir);
    } else chmodSync(path, modes.file);
  }
}

describe('shootdesk sort on a generated shoot with every trap', () => {
  let work: string;
  let manifest: ShootManifest;
  let names: string;
  let before: Record<string, string>;
  let report: SortReport;
  const db = (): string => join(work, 'store', 'shootdesk.sqlite');
  const cli = (...args: string[]) => runCli([...args, '--db', db()], join(work, 'user-data'));

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-sort-'));
    manifest = await generateShoot(join(work, 'shoot'), trapsShootSpec({ seed: 3 }));
    names = join(work, 'names.csv');
    await writeNamesCsv(manifest, names, { variant: 'semicolon' });
    before = await hashTree(manifest.root);
    const run = await cli('sort', manifest.root, '--job', 'Spring 2026', '--names', names, '--json');
    // stderr is a pipe here, as in a CI log: plain progress lines, no carriage returns or escape codes.
    expect(run.stderr).not.toMatch(/[\r\x1b]/);
    expect(run.stderr).toMatch(/^Reading images: \d+\/\d+/m);
    expect(run.stderr.split('\n').filter((line) => !/^Reading images: \d+\/\d+ \([\d.]+ per second\)$/.test(line))).toEqual([
      'Looking for images',
      expect.stringMatching(/^Found \d+ images$/),
      'Sorting by the cards',
      '',
    ]);
    expect(run.code).toBe(0);
    report = sortReportSchema.parse(JSON.parse(run.stdout));
  });
  afterAll(async () => {
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('puts no photo in a wrong gallery, shows no card, and finds ≥ 95% of the gallery photos', () => {
    const score = scoreReport(manifest, report);
    expect(score.misassigned).toEqual([]);
    expect(score.visibleCards).toEqual([]);
    expect(score.problems).toEqual([]);
    // Holding is only work, but it is measured: what the truth allows to be held (a photo without
    // capture time) is found where its camera's counter places it.
    expect(score.recall, score.missing.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('names every unreadable file in errors, with a message', () => {
    const expectedErrors = manifest.files.filter((f) => f.expected.kind === 'error').map((f) => f.path);
    for (const path of expectedErrors) {
      expect(report.errors.some((e) => path === e.file || path.startsWith(`${e.file}/`))).toBe(true);
    }
    for (const error of report.errors) expect(error.message.length).toBeGreaterThan(10);
  });

  it('leaves every original untouched', async () => {
    expect(await hashTree(manifest.root)).toEqual(before);
  });

  it('sorts a read-only folder (a locked SD card) and still writes nothing there', async () => {
    const locked = manifest.lockedDirs.map((d) => join(manifest.root, d.path));
    setModes(manifest.root, { dir: 0o555, file: 0o444 }, locked);
    try {
      const run = await runCli(
        ['sort', manifest.root, '--job', 'Spring 2026', '--names', names, '--db', join(work, 'read-only.sqlite'), '--json'],
        join(work, 'read-only-data'),
      );
      expect(run.code).toBe(0);
      expect(withoutTiming(JSON.parse(run.stdout) as SortReport)).toEqual(withoutTiming(report));
    } finally {
      setModes(manifest.root, { dir: 0o755, file: 0o644 }, locked);
    }
    expect(await hashTree(manifest.root)).toEqual(before);
  });

  it('is idempotent: a second run adds nothing and reports the same', async () => {
    const again = await cli('sort', manifest.root, '--job', 'Spring 2026', '--names', names, '--json');
    expect(again.code).toBe(0);
    expect(withoutTiming(JSON.parse(again.stdout) as SortReport)).toEqual(withoutTiming(report));
  });

  it('activates every code with a visible photo, and only those', async () => {
    const run = await cli('activate', '--job', 'Spring 2026', '--all');
    expect(run.code).toBe(0);
    const store = new Database(db(), { readonly: true });
    const active = (store.prepare('SELECT code FROM access_codes WHERE activated_at IS NOT NULL ORDER BY code').all() as { code: string }[]).map((r) => r.code);
    store.close();
    expect(active).toEqual(report.galleries.filter((g) => g.photos.length > 0).map((g) => g.code).sort());
  });

  it('refuses bad usage with exit code 2 and a message', async () => {
    const run = await cli('activate', '--job', 'Spring 2026');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('activate takes either --all or a list of codes');
    const inside = await runCli(['sort', manifest.root, '--job', 'X', '--db', join(manifest.root, 'x.sqlite')], join(work, 'user-data'));
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain(`shootdesk: ${manifest.root} holds Shootdesk's database ${join(manifest.root, 'x.sqlite')}`);
  });

  it('after the job is deleted, its codes are retired: another job holds every card for review', async () => {
    expect((await cli('jobs', 'delete', 'Spring 2026')).code).toBe(0);
    const copy = join(work, 'copy');
    const unreadable = manifest.lockedDirs.filter((d) => d.unreadable).map((d) => join(manifest.root, d.path));
    cpSync(manifest.root, copy, { recursive: true, filter: (src) => !unreadable.includes(src) });
    const run = await cli('sort', copy, '--job', 'Autumn 2026', '--json');
    expect(run.code).toBe(0);
    const autumn = JSON.parse(run.stdout) as SortReport;
    // Without a names list a new, never-seen code becomes a spare subject: only the unknown-code trap's card is one.
    const neverImported = manifest.subjects.filter((s) => !s.inNamesList).map((s) => s.code);
    expect(autumn.galleries.map((g) => g.code)).toEqual(neverImported);
    expect(autumn.galleries.every((g) => g.subject.spare)).toBe(true);
    const retiredItems = autumn.review.filter((r) => r.reason === 'retired-code');
    for (const item of retiredItems) expect(item.message).toMatch(/retired.*add a year or school suffix/);
    // Every card read for Spring 2026 is read again here and refused: held for review, never a gallery.
    const springCards = report.galleries.flatMap((g) => g.cards);
    expect(springCards.length).toBeGreaterThan(5);
    const held = new Set(retiredItems.flatMap((item) => item.photos));
    expect(springCards.filter((card) => !held.has(card))).toEqual([]);
  });

  it('lists jobs as JSON', async () => {
    const run = await cli('jobs', 'list', '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { name: string }[]).map((j) => j.name)).toEqual(['Autumn 2026']);
  });
});
