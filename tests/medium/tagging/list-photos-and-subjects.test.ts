import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { photoRows } from '../../../renderer/src/workspace/photo-rows.js';
import type { PhotoInfo } from '../../../renderer/src/workspace/view-photos.js';
import type { SortReport } from '../../../shared/domain.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

const JOB = 'List';

/**
 * What the workspace page reads to draw its grid and its subject list, checked against the report of
 * the same job: every photo the report names is listed once, in the report's order, with the hash
 * of its bytes; every subject's count is its gallery's.
 */
describe('photos.list and subjects.list on a sorted shoot', () => {
  let work: string;
  let manifest: ShootManifest;
  let core: Core;
  let report: SortReport;
  let photos: PhotoInfo[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-list-'));
    // Photos before the first card (unassigned), a copy (review), a card with a code not on the list
    // (review), a broken file (an error, not a photo) and a photo without capture time.
    manifest = await generateShoot(join(work, 'shoot'), {
      seed: 71,
      subjects: 4,
      photosPerSubject: [2, 3],
      traps: ['lead-photos', 'duplicate', 'unknown-code', 'truncated', 'no-capture-time'],
    });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
    core = createCore({ dbPath: join(work, 'db.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: JOB, names: join(work, 'names.csv') });
    report = await core.handlers['galleries.get']({ job: JOB });
    photos = photoRows(await core.handlers['photos.list']({ job: JOB }));
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('lists every photo and card frame the report names, each once, and no unreadable file', () => {
    const reported = new Set([
      ...report.galleries.flatMap((gallery) => [...gallery.photos, ...gallery.cards]),
      ...report.review.flatMap((group) => group.photos),
      ...report.unassigned,
    ]);
    const names = photos.map((photo) => photo.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names)).toEqual(reported);
    expect(report.review.map((group) => group.reason)).toContain('duplicate');
    expect(report.errors.length).toBeGreaterThan(0);
    for (const error of report.errors) expect(names).not.toContain(error.file);
  });

  it('lists them in the order the report does', () => {
    const order = new Map(photos.map((photo, index) => [photo.name, index]));
    const inListOrder = (names: readonly string[]): string[] => [...names].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
    for (const gallery of report.galleries) {
      expect(inListOrder(gallery.photos)).toEqual(gallery.photos);
      expect(inListOrder(gallery.cards)).toEqual(gallery.cards);
    }
    expect(inListOrder(report.unassigned)).toEqual(report.unassigned);
    // Capture times never go back (an untimed photo sorts first, as in the report).
    const times = photos.map((photo) => photo.takenAt ?? '');
    expect(times).toEqual([...times].sort());
  });

  it('gives each photo the hash of its bytes, its camera, its capture time and its kind', () => {
    const files = new Map(manifest.files.map((file) => [file.path, file]));
    const cameras = new Map([
      ['A', 'Canon EOS R6'],
      ['B', 'NIKON Z 6_2'],
    ]);
    for (const photo of photos) {
      const file = files.get(photo.name);
      if (!file) throw new Error(`${photo.name} is not a file of the shoot`);
      // A copy has its original's bytes, so its EXIF too.
      const shot = file.expected.kind === 'duplicate' ? files.get(file.expected.of) : file;
      expect(photo.sha256).toBe(createHash('sha256').update(readFileSync(join(manifest.root, photo.name))).digest('hex'));
      expect(photo.camera, photo.name).toBe(cameras.get(shot?.camera ?? '') ?? '');
      expect(photo.takenAt, photo.name).toBe(shot?.takenAt?.replace(/^(\d{4}):(\d{2}):(\d{2}) /, '$1-$2-$3T') ?? null);
      expect(photo.hiddenByHand).toBe(false);
    }
    expect(photos.some((photo) => photo.takenAt === null)).toBe(true);
    const copy = manifest.files.find((file) => file.expected.kind === 'duplicate');
    const original = copy?.expected.kind === 'duplicate' ? copy.expected.of : undefined;
    expect(photos.find((photo) => photo.name === copy?.path)?.sha256).toBe(photos.find((photo) => photo.name === original)?.sha256);
    const kindOf = new Map(photos.map((photo) => [photo.name, photo.kind]));
    for (const gallery of report.galleries) {
      expect(gallery.cards.map((name) => kindOf.get(name))).toEqual(gallery.cards.map(() => 'card'));
      expect(gallery.photos.map((name) => kindOf.get(name))).toEqual(gallery.photos.map(() => 'photo'));
    }
  });

  it('counts each subject’s gallery photos, 0 for a subject without any, and shows activation', async () => {
    const h = core.handlers;
    const { codes: [spare] } = await h['spares.add']({ job: JOB, count: 1 });
    const subjects = await h['subjects.list']({ job: JOB });
    const galleryCounts = new Map(report.galleries.map((gallery) => [gallery.code, gallery.photos.length]));
    expect(subjects.map((subject) => subject.code)).toContain(spare);
    for (const subject of subjects) expect(subject.photos, subject.code).toBe(galleryCounts.get(subject.code) ?? 0);
    expect(subjects.find((subject) => subject.code === spare)).toMatchObject({ spare: true, photos: 0, activated: false });
    const named = subjects.filter((subject) => !subject.spare);
    expect(named.map((s) => `${s.firstName} ${s.lastName}`).sort()).toEqual(
      manifest.subjects.filter((s) => s.inNamesList).map((s) => `${s.firstName} ${s.lastName}`).sort(),
    );
    expect(subjects.every((subject) => !subject.activated)).toBe(true);

    const [first] = report.galleries;
    if (!first) throw new Error('a gallery expected');
    await h['codes.activate']({ job: JOB, all: false, codes: [first.code] });
    const activated = (await h['subjects.list']({ job: JOB })).filter((subject) => subject.activated).map((subject) => subject.code);
    expect(activated).toEqual([first.code]);
  });

  it('marks a photo hidden by hand, keeps listing it, and counts it out of its gallery', async () => {
    const h = core.handlers;
    const gallery = report.galleries.find((g) => g.photos.length >= 2);
    const photo = gallery?.photos[0];
    if (!gallery || !photo) throw new Error('a gallery of two photos expected');
    const countOf = async (): Promise<number | undefined> => (await h['subjects.list']({ job: JOB })).find((s) => s.code === gallery.code)?.photos;
    const hiddenOf = async (): Promise<boolean | undefined> => photoRows(await h['photos.list']({ job: JOB })).find((p) => p.name === photo)?.hiddenByHand;

    await h['photos.setHidden']({ job: JOB, photos: [photo], hidden: true });
    expect(await hiddenOf()).toBe(true);
    expect(await countOf()).toBe(gallery.photos.length - 1);
    expect((await h['galleries.get']({ job: JOB })).galleries.find((g) => g.code === gallery.code)?.photos).toHaveLength(gallery.photos.length - 1);

    await h['photos.setHidden']({ job: JOB, photos: [photo], hidden: false });
    expect(await hiddenOf()).toBe(false);
    expect(await countOf()).toBe(gallery.photos.length);
  });

  it('gives each camera’s photos in shooting order for bulk tagging, each once, copies and broken files left out', async () => {
    const streams = await core.handlers['photos.streams']({ job: JOB });
    const listed = streams.flatMap((stream) => stream.photos);
    expect(new Set(listed).size).toBe(listed.length);
    const wanted = manifest.files.filter((file) => file.expected.kind !== 'error' && file.expected.kind !== 'duplicate' && file.expected.kind !== 'companion').map((file) => file.path);
    expect([...listed].sort()).toEqual([...wanted].sort());
    // The generator writes each camera's files in the order they were shot.
    for (const stream of streams) {
      const camera = manifest.files.find((file) => file.path === stream.photos[0])?.camera;
      const truth = wanted.filter((path) => manifest.files.find((file) => file.path === path)?.camera === camera);
      expect(stream.photos, camera).toEqual(truth);
    }
  });

  it('names a spare, keeping its code and photos, and refuses a code of no subject', async () => {
    const [code] = (await core.handlers['spares.add']({ job: JOB, count: 1 })).codes;
    const photo = report.galleries[0]?.photos[0] ?? '';
    await core.handlers['photos.assign']({ job: JOB, photos: [photo], target: { code: code ?? '' } });
    expect(await core.handlers['subjects.rename']({ job: JOB, code: code?.toLowerCase() ?? '', firstName: 'Noor', lastName: 'Haddad', group: '4B' })).toEqual({ code });
    const named = (await core.handlers['subjects.list']({ job: JOB })).find((s) => s.code === code);
    expect(named).toMatchObject({ firstName: 'Noor', lastName: 'Haddad', group: '4B', spare: false, photos: 1 });
    expect((await core.handlers['galleries.get']({ job: JOB })).galleries.find((g) => g.code === code)?.photos).toEqual([photo]);
    await expect(core.handlers['subjects.rename']({ job: JOB, code: 'ZZZZZZZZ', firstName: 'A', lastName: 'B', group: '' })).rejects.toThrow(/no subject of job "List" has the access code ZZZZZZZZ/);
  });

  it('keeps photos unassigned on purpose: out of review and of the photos before a card, through a sort again, until released', async () => {
    const before = await core.handlers['galleries.get']({ job: JOB });
    const lead = before.unassigned;
    const held = before.review.find((group) => group.reason === 'unknown-code');
    expect(lead.length).toBeGreaterThan(0);
    if (!held) throw new Error('the shoot has no unknown code');
    const kept = [...lead, ...held.photos];
    expect(await core.handlers['photos.keepUnassigned']({ job: JOB, photos: kept, keep: true })).toEqual({ photos: kept.length });

    const after = await core.handlers['galleries.get']({ job: JOB });
    expect(after.unassigned).toEqual([]);
    expect(after.review.flatMap((group) => group.photos)).not.toEqual(expect.arrayContaining([held.photos[0]]));
    expect(after.galleries).toEqual(before.galleries);
    expect(photoRows(await core.handlers['photos.list']({ job: JOB })).filter((photo) => photo.keptUnassigned).map((photo) => photo.name).sort()).toEqual([...kept].sort());

    await core.handlers['sort.run']({ folder: manifest.root, job: JOB });
    expect((await core.handlers['galleries.get']({ job: JOB })).unassigned).toEqual([]);

    await core.handlers['photos.keepUnassigned']({ job: JOB, photos: kept, keep: false });
    expect(await core.handlers['galleries.get']({ job: JOB })).toEqual({ ...before, stats: expect.any(Object) as object });
    await core.handlers['history.step']({ job: JOB, direction: 'undo' });
    expect((await core.handlers['galleries.get']({ job: JOB })).unassigned).toEqual([]);
  });
});
