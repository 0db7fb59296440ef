import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { inSchoolOrder } from '../../../shared/names/school-order.js';
import { hashTree } from '../../support/hash-tree.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

/** A pupil on the names list who was off sick on photo day. */
const ABSENT = { firstName: 'Noor', lastName: 'Abadi', group: '1A', grade: '1' };

/** Mean absolute difference of two images, compared as small grey thumbnails: near 0 for the same picture. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const grey = (image: Buffer) => sharp(image).resize(32, 40, { fit: 'fill' }).greyscale().raw().toBuffer();
  const [x, y] = await Promise.all([grey(a), grey(b)]);
  return x.reduce((sum, value, i) => sum + Math.abs(value - (y[i] ?? 0)), 0) / x.length;
}

describe('the yearbook delivery in the PSPA layout', () => {
  let work: string;
  let core: Core;
  let shoot: ShootManifest;
  const db = (): string => join(work, 'db.sqlite');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-yearbook-'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 21, subjects: 9, photosPerSubject: [2, 3], traps: ['sibling-card'] });
    const rows = [...shoot.subjects.map((s) => [s.firstName, s.lastName, s.group, s.group.replace(/\D/g, ''), s.code]), [ABSENT.firstName, ABSENT.lastName, ABSENT.group, ABSENT.grade, '']];
    writeFileSync(join(work, 'names.csv'), `First Name,Last Name,Class,Grade,Access Code\r\n${rows.map((row) => row.join(',')).join('\r\n')}\r\n`);
    core = createCore({ dbPath: db(), cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: shoot.root, job: 'Spring', names: join(work, 'names.csv') });
    await core.handlers['spares.add']({ job: 'Spring', count: 1 });
  }, 120_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('writes INDEX.TXT field by field as the database has the pupils, a 640×800 portrait of each, and names every pupil left out with why', async () => {
    const h = core.handlers;
    const { galleries } = await h['galleries.get']({ job: 'Spring' });
    const siblings = new Set(galleries.filter((g) => galleries.some((other) => other !== g && other.index === g.index)).map((g) => g.code));
    const single = galleries.filter((g) => !siblings.has(g.code) && g.index !== null && g.photos.length > 1);
    const [hidden, deleted, damaged, moved, receiver] = single;
    if (!hidden?.index || !deleted?.index || !damaged?.index || !moved?.index || !receiver) throw new Error('the shoot has too few pupils');
    // What happens between the shoot and the delivery: a portrait hidden, an original moved off the
    // drive, one damaged in copying, a cover given to another pupil by hand.
    await h['photos.setHidden']({ job: 'Spring', photos: [hidden.index], hidden: true });
    renameSync(join(shoot.root, deleted.index), join(work, 'moved-away.jpg'));
    const damagedBytes = readFileSync(join(shoot.root, damaged.index));
    writeFileSync(join(shoot.root, damaged.index), damagedBytes.subarray(0, 2000));
    await h['photos.assign']({ job: 'Spring', photos: [moved.index], target: { code: receiver.code } });
    const before = await hashTree(shoot.root);

    const out = join(work, 'Hillside 2026');
    const result = await h['export.yearbook']({ job: 'Spring', folder: out });
    expect(await hashTree(shoot.root)).toEqual(before);

    const store = new Database(db(), { readonly: true });
    const pupils = store
      .prepare(`SELECT c.code, s.first_name AS firstName, s.last_name AS lastName, s.group_name AS "group", s.grade, s.spare = 1 AS spare
                FROM subjects s JOIN access_codes c ON c.subject_id = s.id WHERE s.job_id = (SELECT id FROM jobs WHERE name = 'Spring')`)
      .all() as { code: string; firstName: string; lastName: string; group: string; grade: string; spare: number }[];
    store.close();
    const absentCode = pupils.find((p) => p.lastName === ABSENT.lastName)?.code;
    const expectedLeftOut = new Map([
      [absentCode, 'no-photo'],
      [hidden.code, 'hidden'],
      [deleted.code, 'missing'],
      [damaged.code, 'unreadable'],
      ...[...siblings].map((code) => [code, 'shared'] as const),
    ]);
    expect(new Map(result.leftOut.map((pupil) => [pupil.code, pupil.reason]))).toEqual(expectedLeftOut);
    const named = inSchoolOrder(pupils.map((p) => ({ ...p, spare: p.spare === 1 }))).filter((p) => !p.spare);
    expect(result.leftOut.map((p) => p.code)).toEqual(named.filter((p) => expectedLeftOut.has(p.code)).map((p) => p.code));
    for (const pupil of result.leftOut) {
      const { firstName, lastName, group } = named.find((p) => p.code === pupil.code) ?? {};
      expect(pupil).toMatchObject({ firstName, lastName, group });
    }
    expect(result.leftOut.find((p) => p.code === deleted.code)?.message).toBe(`original ${deleted.index} is missing: moved, deleted, or on a card or drive not connected`);
    expect(result.leftOut.find((p) => p.code === damaged.code)?.message).toBe(`original ${damaged.index} could not be read: image is truncated or corrupt; copy it again from the memory card`);

    const delivered = named.filter((p) => !expectedLeftOut.has(p.code));
    expect(result).toMatchObject({ folder: out, portraits: delivered.length, imageFolders: ['IMAGES01'], spares: 1 });
    expect(readdirSync(out).sort()).toEqual(['IMAGES01', 'INDEX.TXT']);
    expect(readdirSync(work).filter((name) => name.endsWith('.part'))).toEqual([]);

    const index = readFileSync(join(out, 'INDEX.TXT'));
    expect(index.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'no byte order mark').toBe(false);
    const text = index.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n').map((line) => line.split('\t'));
    expect(lines.map((fields) => fields.length)).toEqual(delivered.map(() => 13));
    expect(lines).toEqual(delivered.map((p, i) => ['Hillside 2026', 'IMAGES01', `${String(i + 1).padStart(5, '0')}.jpg`, p.grade, p.lastName, p.firstName, p.group, '', '', '', '', '', 'LARGE']));
    expect(delivered.every((p) => /^\d$/.test(p.grade)), 'grades came from the names list').toBe(true);

    // The pupil whose first photo went to another gallery is delivered with the photo now first in theirs.
    const now = (await h['galleries.get']({ job: 'Spring' })).galleries;
    const byCode = new Map(now.map((g) => [g.code, g]));
    expect(byCode.get(moved.code)?.index).not.toBe(moved.index);
    expect(delivered.map((p) => p.code)).toContain(moved.code);
    for (const [i, fields] of lines.entries()) {
      const image = readFileSync(join(out, fields[1] ?? '', fields[2] ?? ''));
      const meta = await sharp(image).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'jpeg', width: 640, height: 800 });
      // The portrait is this pupil's index photo, not a neighbour's.
      const own = byCode.get(delivered[i]?.code ?? '')?.index ?? '';
      const other = byCode.get(delivered[(i + 1) % delivered.length]?.code ?? '')?.index ?? '';
      const crop = (photo: string) => sharp(join(shoot.root, photo)).rotate().resize(640, 800, { fit: 'cover', position: 'north' }).toBuffer();
      const [mine, theirs] = [await difference(image, await crop(own)), await difference(image, await crop(other))];
      expect(mine, fields[2]).toBeLessThan(4);
      expect(theirs, fields[2]).toBeGreaterThan(mine * 2);
    }
    writeFileSync(join(shoot.root, damaged.index), damagedBytes);
    renameSync(join(work, 'moved-away.jpg'), join(shoot.root, deleted.index));
  }, 60_000);

  it('never writes into a photo folder or over files, and leaves nothing behind when it cannot deliver', async () => {
    const h = core.handlers;
    const exportTo = (folder: string, job = 'Spring') => h['export.yearbook']({ job, folder });
    const before = await hashTree(shoot.root);
    await expect(exportTo(join(shoot.root, 'yearbook'))).rejects.toThrow(`${join(shoot.root, 'yearbook')} is inside the photo folder ${shoot.root}: Shootdesk never writes where the originals are; save the yearbook delivery elsewhere`);
    await expect(exportTo(join(shoot.root, 'cam-a'))).rejects.toThrow(/is inside the photo folder/);
    await expect(exportTo(shoot.root)).rejects.toThrow(`${shoot.root} is the photo folder: Shootdesk never writes where the originals are`);
    mkdirSync(join(work, 'full'));
    writeFileSync(join(work, 'full', 'notes.txt'), 'keep me');
    await expect(exportTo(join(work, 'full'))).rejects.toThrow(`${join(work, 'full')} is not empty: name a new or empty folder for the yearbook delivery`);
    await expect(exportTo(join(work, 'no-such-folder', 'yearbook'))).rejects.toThrow(`${join(work, 'no-such-folder')} is not a folder`);
    await expect(exportTo(join(work, 'x'), 'Nobody')).rejects.toThrow('no job named "Nobody"');
    expect(await hashTree(shoot.root)).toEqual(before);
    expect(readFileSync(join(work, 'full', 'notes.txt'), 'utf8')).toBe('keep me');

    // A job whose pupils were all absent: nothing to deliver, and no folder that looks delivered.
    writeFileSync(join(work, 'absent.csv'), 'First Name,Last Name,Class\r\nNoor,Abadi,1A\r\n');
    await h['names.import']({ job: 'Absent', file: join(work, 'absent.csv'), dryRun: false });
    await expect(exportTo(join(work, 'absent'), 'Absent')).rejects.toThrow('no pupil of job "Absent" has a portrait to deliver: 1 left out, no index photo');
    expect(existsSync(join(work, 'absent'))).toBe(false);
    expect(readdirSync(work).filter((name) => name.endsWith('.part'))).toEqual([]);

    // An empty folder made for it beforehand is taken.
    mkdirSync(join(work, 'empty'));
    expect((await exportTo(join(work, 'empty'))).portraits).toBeGreaterThan(0);
    expect(readdirSync(join(work, 'empty')).sort()).toEqual(['IMAGES01', 'INDEX.TXT']);
  }, 60_000);

  it('does the same from the command line', async () => {
    await core.close();
    const out = join(work, 'cli-yearbook');
    const run = await runCli(['export', 'yearbook', '--job', 'Spring', '--out', out, '--db', db()], join(work, 'data'));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Yearbook delivery of job "Spring": \\d+ portraits in IMAGES01: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(lines[1]).toMatch(/^\d+ pupils left out, with no portrait in the delivery:$/);
    expect(run.stdout).toContain(`  ${ABSENT.lastName}, ${ABSENT.firstName} (${ABSENT.group}, `);
    expect(run.stdout).toContain('1 walk-up card nobody named is not in the yearbook.\n');
    expect(readFileSync(join(out, 'INDEX.TXT'), 'utf8').split('\r\n').length - 1).toBe(Number(/(\d+) portraits/.exec(run.stdout)?.[1]));
    const refused = await runCli(['export', 'yearbook', '--job', 'Spring', '--out', join(shoot.root, 'yearbook'), '--db', db()], join(work, 'data'));
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 1, stderr: expect.stringMatching(/is inside the photo folder/) as string });
    core = createCore({ dbPath: db(), cacheDir: join(work, 'cache'), emit: () => undefined });
  }, 60_000);
});
