import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import type { SortReport } from '../../../shared/domain.js';
import { hashTree } from '../../support/hash-tree.js';
import { placesOf } from '../../support/places-of.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

/** Where each photo is, by pupil rather than code: codes change in a re-key, pupils do not. */
function placesByPupil(report: SortReport): Map<string, string[]> {
  const pupilOf = new Map(report.galleries.map((g) => [g.code, `${g.subject.firstName} ${g.subject.lastName}`]));
  return new Map([...placesOf(report)].map(([photo, codes]) => [photo, codes.map((code) => pupilOf.get(code) ?? code).sort()]));
}

/**
 * Re-keying a sorted job, the recovery path when the shop retired its codes: new codes for every
 * pupil, photos where they were, old cards in the shoot still read as their pupil's, and the old
 * codes never accepted again.
 */
describe('re-keying a job', () => {
  let work: string;
  let db: string;
  let manifest: ShootManifest;
  let core: Core;
  let before: SortReport;
  let originals: Record<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-rekey-'));
    db = join(work, 'db.sqlite');
    // Siblings on one card, URL cards, a card shown twice, photos before the first card and a card
    // not on the list: links and held photos of every kind must come through.
    manifest = await generateShoot(join(work, 'shoot'), { seed: 33, subjects: 5, photosPerSubject: [2, 3], traps: ['sibling-card', 'lead-photos', 'url-cards', 'repeated-card', 'unknown-code'] });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
    core = createCore({ dbPath: db, cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: 'Spring', names: join(work, 'names.csv') });
    before = await core.handlers['galleries.get']({ job: 'Spring' });
    originals = await hashTree(manifest.root);
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses a re-key that would give any code ever used, and changes nothing', async () => {
    const h = core.handlers;
    const [first] = before.galleries;
    if (!first) throw new Error('a gallery expected');
    // Another job whose list holds what one re-keyed code would be.
    const other = join(work, 'other.csv');
    writeFileSync(other, `First Name,Last Name,Access Code\nOla,Nordmann,${first.code}X\n`);
    await h['names.import']({ job: 'Autumn', file: other, dryRun: false });
    await expect(h['codes.rekey']({ job: 'Spring', how: { suffix: 'x' } })).rejects.toThrow(`re-keying would give codes already used by a job (retired ones count): ${first.code}X; choose another suffix`);
    await expect(h['codes.rekey']({ job: 'Spring', how: { suffix: '26' }, mapFile: join(manifest.root, 'map.csv') })).rejects.toThrow(/inside the photo folder/);
    expect(placesOf(await h['galleries.get']({ job: 'Spring' }))).toEqual(placesOf(before));
  });

  it('gives every pupil a new code, keeps every photo with its pupil, and writes the old → new mapping', async () => {
    const h = core.handlers;
    const activated = before.galleries.slice(0, 2).map((g) => g.code);
    await h['codes.activate']({ job: 'Spring', all: false, codes: activated });
    const mapFile = join(work, 'map.csv');
    const result = await h['codes.rekey']({ job: 'Spring', how: { suffix: '26' }, mapFile });
    const after = await h['galleries.get']({ job: 'Spring' });

    expect(result.codes.map((c) => c.code)).toEqual(result.codes.map((c) => `${c.old}26`));
    expect(new Set(result.codes.map((c) => c.old))).toEqual(new Set((await h['subjects.list']({ job: 'Spring' })).map((s) => s.code.slice(0, -2))));
    expect(placesByPupil(after)).toEqual(placesByPupil(before));
    expect(after.review).toEqual(before.review);
    expect(after.unassigned).toEqual(before.unassigned);
    // Activation moves with the pupil; the old codes are no longer anyone's.
    const subjects = await h['subjects.list']({ job: 'Spring' });
    expect(subjects.filter((s) => s.activated).map((s) => s.code).sort()).toEqual(activated.map((code) => `${code}26`).sort());
    expect(result.activated).toBe(2);
    await expect(h['codes.activate']({ job: 'Spring', all: false, codes: [activated[0] ?? ''] })).rejects.toThrow(/not codes of this job/);
    expect((await h['preflight.get']({ job: 'Spring' })).entries.map((e) => e.code).sort()).toEqual(subjects.map((s) => s.code).sort());

    const csv = readFileSync(mapFile, 'utf8');
    expect(csv.startsWith('\uFEFFOld Access Code,Access Code,First Name,Last Name,Class\n')).toBe(true);
    expect(csv.trim().split('\n').slice(1)).toEqual(result.codes.map((c) => [c.old, c.code, c.firstName, c.lastName, c.group].join(',')));
  });

  it('sorts the shoot again with its old cards into the same galleries, and reads the old list as the same pupils', async () => {
    const h = core.handlers;
    const rekeyed = await h['galleries.get']({ job: 'Spring' });
    const again = await h['sort.run']({ folder: manifest.root, job: 'Spring', names: join(work, 'names.csv') });
    expect(placesOf(again)).toEqual(placesOf(rekeyed));
    expect(again.review).toEqual(rekeyed.review);
    expect(again.errors).toEqual([]);
    const imported = await h['names.import']({ job: 'Spring', file: join(work, 'names.csv'), dryRun: true });
    expect(imported).toMatchObject({ added: 0, updated: 0, problems: [] });
    expect(imported.unchanged).toBe(manifest.subjects.filter((s) => s.inNamesList).length);
  });

  it('tells another job a replaced code is this job’s, and a typed old code finds its pupil', async () => {
    const h = core.handlers;
    const [pupil] = manifest.subjects.filter((s) => s.inNamesList);
    if (!pupil) throw new Error('a pupil expected');
    const stolen = join(work, 'stolen.csv');
    writeFileSync(stolen, `First Name,Last Name,Access Code\nAda,Lim,${pupil.code}\nOla,Nordmann,\n`);
    const result = await h['names.import']({ job: 'Autumn', file: stolen, dryRun: false });
    expect(result.problems).toEqual([{ row: 2, message: `access code ${pupil.code} already belongs to job "Spring"; row skipped` }]);
    const photo = before.galleries.find((g) => g.code === pupil.code)?.photos[0];
    if (!photo) throw new Error('a photo of the pupil expected');
    expect(await h['photos.assign']({ job: 'Spring', photos: [photo], target: { code: pupil.code.toLowerCase() } })).toEqual({ code: `${pupil.code}26`, photos: 1 });
  });

  it('re-keys again with fresh codes from the command line; the first codes still read as their pupils', async () => {
    const rekeyed = await core.handlers['galleries.get']({ job: 'Spring' });
    const subjects = (await core.handlers['subjects.list']({ job: 'Spring' })).length;
    await core.close();
    const data = join(work, 'data');
    const both = await runCli(['codes', 'rekey', '--job', 'Spring', '--suffix', '1', '--prefix', '2', '--db', db], data);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('codes rekey takes exactly one of --suffix <S>, --prefix <P> and --regenerate');
    const run = await runCli(['codes', 'rekey', '--job', 'Spring', '--regenerate', '--map-out', join(work, 'map2.csv'), '--db', db], data);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Job "Spring": ${subjects} codes re-keyed; photos stay in their galleries, and old cards in the shoot still open them.`);
    expect(lines).toHaveLength(subjects + 3);
    expect(lines.at(-1)).toBe(`Old and new codes: ${join(work, 'map2.csv')}`);
    core = createCore({ dbPath: db, cacheDir: join(work, 'cache'), emit: () => undefined });
    const fresh = await core.handlers['subjects.list']({ job: 'Spring' });
    expect(fresh.every((s) => /^[A-HJKMNP-Z2-9]{8}$/.test(s.code))).toBe(true);
    const again = await core.handlers['sort.run']({ folder: manifest.root, job: 'Spring', names: join(work, 'names.csv') });
    expect(placesByPupil(again)).toEqual(placesByPupil(rekeyed));
    expect(again.review).toEqual(rekeyed.review);
    expect(await hashTree(manifest.root)).toEqual(originals);
  }, 120_000);
});
