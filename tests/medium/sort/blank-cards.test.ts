import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortReportSchema } from '../../../shared/api/contract.js';
import type { SortReport } from '../../../shared/domain.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { POSTER_URL_PAYLOAD } from '../../support/shoot/plan-photos.js';
import { scoreReport } from '../../support/shoot/score-report.js';

// Blank cards: no names list, so every generated code read on a card creates a spare subject. A poster
// URL ending in a word (…/events) is code-shaped but not a generated code: it must open no gallery.
describe('shootdesk sort with blank cards and a poster URL ending in a word', () => {
  let work: string;
  let manifest: ShootManifest;
  let report: SortReport;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-blank-'));
    // url-cards: some cards hold the shop's URL with the code as its last path segment, as the poster's URL ends in a word.
    manifest = await generateShoot(join(work, 'shoot'), { name: 'blank', seed: 29, subjects: 5, photosPerSubject: [2, 3], traps: ['poster-url', 'url-cards'] });
    const run = await runCli(['sort', manifest.root, '--job', 'Blank cards 2026', '--db', join(work, 'shootdesk.sqlite'), '--json'], join(work, 'user-data'));
    expect(run.code).toBe(0);
    report = sortReportSchema.parse(JSON.parse(run.stdout));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('creates a spare subject for every card read, and none for the poster’s word', () => {
    expect(POSTER_URL_PAYLOAD).toMatch(/\/events$/);
    expect(report.galleries.map((g) => g.code)).not.toContain('EVENTS');
    expect(report.galleries.map((g) => g.code).sort()).toEqual(manifest.subjects.map((s) => s.code).sort());
    expect(report.galleries.every((g) => g.subject.spare)).toBe(true);
  });

  it('misassigns nothing and keeps the poster photo in its gallery, with a foreign-qr notice', () => {
    expect(scoreReport(manifest, report, { namesList: false })).toEqual({ misassigned: [], visibleCards: [], missing: [], recall: 1, problems: [] });
  });
});
