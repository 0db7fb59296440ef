import { parse } from 'csv-parse/sync';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { runCli } from '../../support/run-cli.js';
import { DEFAULT_CAMERAS } from '../../support/shoot/shoot-spec.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

const TITLES = ['File Name', 'Path in Photo Folder', 'Access Code', 'First Name', 'Last Name', 'Group'];

/** The file's rows after the titles, read as a spreadsheet would. */
function readRows(file: string): string[][] {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const records: string[][] = parse(bytes.subarray(3).toString('utf8'), {});
  const [titles, ...rows] = records;
  expect(titles).toEqual(TITLES);
  return rows;
}

describe('the photo codes file for a shop upload without QR cards', () => {
  let work: string;
  let core: Core;
  let shoot: ShootManifest;
  const db = (): string => join(work, 'db.sqlite');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-photo-codes-'));
    // Both bodies number their files IMG_0101, IMG_0102, …: the same names in two folders.
    const [a, b] = DEFAULT_CAMERAS;
    if (!a || !b) throw new Error('no cameras');
    shoot = await generateShoot(join(work, 'shoot'), { seed: 33, subjects: 6, photosPerSubject: [2, 3], traps: ['sibling-card'], cameras: [a, { ...b, prefix: 'IMG_', firstCounter: 101 }] });
    await writeNamesCsv(shoot, join(work, 'names.csv'));
    core = createCore({ dbPath: db(), cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: shoot.root, job: 'Spring', names: join(work, 'names.csv') });
  }, 120_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('has one row per visible photo and code, exactly the galleries, each under a name no other photo of the upload has', async () => {
    const h = core.handlers;
    const before = await h['galleries.get']({ job: 'Spring' });
    const [first, second] = before.galleries.filter((g) => g.photos.length > 2);
    const hiddenPhoto = first?.photos.at(-1);
    const walkUp = second?.photos.at(-1);
    if (!hiddenPhoto || !walkUp) throw new Error('too few galleries with three photos');
    await h['photos.setHidden']({ job: 'Spring', photos: [hiddenPhoto], hidden: true });
    // A walk-up pupil photographed without a card: their photo goes to a new spare code.
    await h['photos.assign']({ job: 'Spring', photos: [walkUp], target: { newSpare: true } });
    const someone = before.galleries.find((g) => !g.subject.spare && !g.photos.includes(hiddenPhoto));
    if (!someone) throw new Error('no second pupil');
    await h['subjects.rename']({ job: 'Spring', code: someone.code, firstName: '=HYPERLINK("http://evil.example")', lastName: someone.subject.lastName, group: someone.subject.group });
    const { galleries } = await h['galleries.get']({ job: 'Spring' });

    const file = join(work, 'photo-codes.csv');
    const result = await h['export.photoCodes']({ job: 'Spring', file });
    const rows = readRows(file);
    const expected = galleries.flatMap((g) => g.photos.map((photo) => `${photo} ${g.code}`)).sort();
    expect(rows.map(([, path, code]) => `${path} ${code}`).sort()).toEqual(expected);
    expect(result).toEqual({ file, rows: expected.length, photos: new Set(galleries.flatMap((g) => g.photos)).size });

    // Card frames and the hidden photo are in no row; the frame of siblings is in one row per sibling.
    const paths = rows.map(([, path]) => path);
    for (const card of galleries.flatMap((g) => g.cards)) expect(paths).not.toContain(card);
    expect(paths).not.toContain(hiddenPhoto);
    const siblings = galleries.filter((g) => galleries.some((other) => other !== g && other.photos.some((p) => g.photos.includes(p))));
    expect(siblings.length).toBe(2);
    const shared = siblings[0]?.photos.find((p) => siblings[1]?.photos.includes(p)) ?? '';
    expect(rows.filter(([, path]) => path === shared).map(([, , code]) => code).sort()).toEqual(siblings.map((g) => g.code).sort());

    // Names and classes as the galleries have them; a walk-up card's placeholder is no name.
    const byCode = new Map(galleries.map((g) => [g.code, g.subject]));
    for (const [, , code, first, last, group] of rows) {
      const subject = byCode.get(code ?? '');
      const expectedFirst = subject?.firstName.startsWith('=') ? `'${subject.firstName}` : subject?.firstName;
      expect([first, last, group]).toEqual(subject?.spare ? ['', '', subject.group] : [expectedFirst, subject?.lastName, subject?.group]);
    }
    expect(rows.some(([, , , name]) => name === `'=HYPERLINK("http://evil.example")`), 'formula neutralised').toBe(true);
    expect(rows.filter(([, path]) => path === walkUp).map(([, , code, name]) => [byCode.get(code ?? '')?.spare, name])).toEqual([[true, '']]);

    // The upload's names: the file's own where no other photo shares it, else its path with _.
    const nameOf = new Map(rows.map(([name, path]) => [path, name]));
    const byLowerName = new Map<string, Set<string>>();
    for (const [path, name] of nameOf) byLowerName.set(name?.toLowerCase() ?? '', (byLowerName.get(name?.toLowerCase() ?? '') ?? new Set()).add(path ?? ''));
    for (const [name, holders] of byLowerName) expect([...holders], name).toHaveLength(1);
    const clashing = [...nameOf.keys()].filter((path) => [...nameOf.keys()].some((other) => other !== path && basename(other ?? '') === basename(path ?? '')));
    expect(clashing.length, 'the two cameras share file names').toBeGreaterThan(0);
    for (const [path, name] of nameOf) expect(name).toBe(clashing.includes(path) ? path?.replaceAll('/', '_') : basename(path ?? ''));
  });

  it('never writes into a photo folder, and names the file it needs', async () => {
    const exportTo = (file: string) => core.handlers['export.photoCodes']({ job: 'Spring', file });
    await expect(exportTo(join(shoot.root, 'codes.csv'))).rejects.toThrow(`${join(shoot.root, 'codes.csv')} is inside the photo folder ${shoot.root}: Shootdesk never writes where the originals are; save the photo codes list elsewhere`);
    await expect(exportTo(join(work, 'codes.xlsx'))).rejects.toThrow('name the photo codes list file with .csv at the end');
    expect(readdirSync(shoot.root).filter((name) => name.includes('codes'))).toEqual([]);
  });

  it('does the same from the command line', async () => {
    await core.close();
    const file = join(work, 'cli-codes.csv');
    const run = await runCli(['export', 'photo-codes', '--job', 'Spring', '--out', file, '--db', db()], join(work, 'data'));
    const rows = readRows(file);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: `${rows.length} rows for ${new Set(rows.map(([, path]) => path)).size} photos of job "Spring" written: ${file}\n` });
    const refused = await runCli(['export', 'photo-codes', '--job', 'Spring', '--out', join(shoot.root, 'x.csv'), '--db', db()], join(work, 'data'));
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 1, stderr: expect.stringMatching(/is inside the photo folder/) as string });
    core = createCore({ dbPath: db(), cacheDir: join(work, 'cache'), emit: () => undefined });
  });
});
