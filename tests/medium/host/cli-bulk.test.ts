import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SortReport } from '../../../shared/domain.js';
import { placesOf } from '../../support/places-of.js';
import { runCli, type CliRun } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ManifestFile, ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { withoutTiming } from '../../support/without-timing.js';

/**
 * A shoot without a single card, tagged by hand the way a photographer would from the filmstrip:
 * one mark on the first photo of each pupil, per camera in the order it shot them. The shoot has
 * what makes "the next photo" hard to know: two cameras, a counter that wraps, bursts in one
 * second, a photo without capture time, a clock set back an hour, a broken file, a loose export.
 */
describe('bulk tagging a shoot without cards from the command line', () => {
  let work: string;
  let manifest: ShootManifest;
  let db: string;
  const run = (...args: string[]): Promise<CliRun> => runCli([...args, '--db', db], join(work, 'data'));
  const galleries = async (): Promise<SortReport> => {
    const result = await run('galleries', '--job', 'Day', '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as SortReport;
  };
  const marksFile = (name: string, rows: string[]): string => {
    const file = join(work, name);
    writeFileSync(file, `photo,code\n${rows.join('\n')}\n`);
    return file;
  };
  /** The first photo of each pupil in each camera's real order (the manifest's), skipping files no gallery can hold. */
  const firstPhotos = (): ManifestFile[] => {
    const last = new Map<string, string>();
    const firsts: ManifestFile[] = [];
    for (const file of manifest.files) {
      const pupil = file.shows?.[0];
      if (pupil === undefined || file.expected.kind === 'error' || file.expected.kind === 'duplicate') continue;
      const camera = file.camera ?? file.path;
      if (last.get(camera) !== pupil) firsts.push(file);
      last.set(camera, pupil);
    }
    return firsts;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-bulk-'));
    db = join(work, 'shootdesk.sqlite');
    manifest = await generateShoot(join(work, 'day'), {
      seed: 71,
      subjects: 9,
      photosPerSubject: [2, 4],
      cards: false,
      traps: ['counter-wrap', 'bursts', 'no-capture-time', 'clock-set-back', 'truncated', 'no-exif'],
    });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
    expect((await run('sort', manifest.root, '--job', 'Day', '--names', join(work, 'names.csv'))).code).toBe(0);
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('sorts a shoot without cards into no gallery at all', async () => {
    const sorted = await galleries();
    expect(sorted.galleries.filter((gallery) => gallery.photos.length > 0)).toEqual([]);
    expect(sorted.unassigned.length).toBeGreaterThan(manifest.subjects.length * 2);
  });

  it('refuses a marks file it cannot follow, naming the file and row, and changes nothing', async () => {
    const before = await galleries();
    const [first, second] = firstPhotos();
    const broken = manifest.files.find((file) => file.expected.kind === 'error')?.path ?? '';
    const refusals: [string, RegExp][] = [
      [join(work, 'missing.csv'), /missing\.csv: cannot read the marks file \(ENOENT\)/],
      [marksFile('no-header.csv', []), /no-header\.csv: no marks below the header/],
      [(() => { const f = join(work, 'wrong-header.csv'); writeFileSync(f, `file,subject\n${first?.path},X\n`); return f; })(), /wrong-header\.csv: the first row must be the header photo,code/],
      [marksFile('blank-photo.csv', [`${first?.path},`, `,${second?.shows?.[0]}`]), /blank-photo\.csv: row 3 names no photo/],
      [marksFile('twice.csv', [`${first?.path},${first?.shows?.[0]}`, `${first?.path},`]), new RegExp(`marked twice: ${first?.path}`)],
      [marksFile('unknown-photo.csv', [`${first?.path},`, 'cam-z/IMG_0001.JPG,']), /"cam-z\/IMG_0001.JPG" is not a photo of this job/],
      [marksFile('broken-photo.csv', [`${broken},`]), /could not be read when the job was sorted/],
      [marksFile('unknown-code.csv', [`${first?.path},ZZZZZZZZ`]), /no subject of job "Day" has the access code ZZZZZZZZ/],
    ];
    for (const [file, message] of refusals) {
      const result = await run('bulk', '--job', 'Day', '--marks', file);
      expect({ code: result.code, stderr: result.stderr }, file).toEqual({ code: 1, stderr: expect.stringMatching(message) as string });
    }
    expect(await galleries()).toEqual(before);
  });

  it('tags every pupil’s photos to their gallery from one mark each, one as a new spare, and a sort again keeps it', async () => {
    const firsts = firstPhotos();
    const spareMark = firsts[2];
    const rows = firsts.map((file) => `${file.path},${file === spareMark ? '' : (file.shows?.[0] ?? '')}`);
    const result = await run('bulk', '--job', 'Day', '--marks', marksFile('marks.csv', rows));
    expect(result.code, result.stderr).toBe(0);
    const tagged = manifest.files.filter((file) => file.shows && file.expected.kind !== 'error' && file.expected.kind !== 'duplicate');
    expect(result.stdout.split('\n')[0]).toBe(`${tagged.length} photos tagged into ${firsts.length} subjects:`);
    const spareCode = /^ {2}([A-Z0-9]{8}): \d+$/m.exec(result.stdout.split('\n').slice(3, 4).join('\n'))?.[1];

    const report = await galleries();
    const spare = report.galleries.find((gallery) => gallery.subject.spare && gallery.photos.length > 0);
    expect(spare?.code).toBe(spareCode);
    const places = placesOf(report);
    const wrong: string[] = [];
    for (const file of manifest.files) {
      const pupil = file.shows?.[0];
      const want = !pupil || file.expected.kind === 'error' ? [] : [pupil === spareMark?.shows?.[0] ? (spare?.code ?? '?') : pupil];
      const got = places.get(file.path) ?? [];
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${file.path} (${file.trap ?? 'plain'}): in ${JSON.stringify(got)}, shows ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
    // Only the loose export, in a stream of its own that nobody marked, is left.
    const left = [...report.review.flatMap((group) => group.photos), ...report.unassigned];
    expect(left).toEqual(manifest.files.filter((file) => !file.shows && file.expected.kind !== 'error').map((file) => file.path));

    const resorted = await run('sort', manifest.root, '--job', 'Day', '--json');
    expect(withoutTiming(JSON.parse(resorted.stdout) as SortReport)).toEqual(withoutTiming(report));
  });

  it('undoes the whole bulk tagging as one change, and redoes it', async () => {
    const tagged = await galleries();
    expect((await run('undo', '--job', 'Day')).stdout).toMatch(/^Undone: bulk-tag \d+ photos into \d+ subjects\.\n$/);
    expect((await galleries()).galleries.filter((gallery) => gallery.photos.length > 0)).toEqual([]);
    expect((await run('redo', '--job', 'Day')).stdout).toMatch(/^Redone: bulk-tag /);
    expect(await galleries()).toEqual(tagged);
  });
});
