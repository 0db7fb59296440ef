import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SortReport } from '../../../shared/domain.js';
import { placesOf } from '../../support/places-of.js';
import { runCli, type CliRun } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { withoutTiming } from '../../support/without-timing.js';

/**
 * The changes by hand, as a photographer (or a script) makes them from the command line, on a shoot
 * whose every held photo has a known truth: each fix checked against it, each command in a new
 * process, so history and decisions are what the database keeps.
 */
describe('galleries, review and changes by hand from the command line', () => {
  let work: string;
  let manifest: ShootManifest;
  let other: ShootManifest;
  let db: string;
  const run = (...args: string[]): Promise<CliRun> => runCli([...args, '--db', db], join(work, 'data'));
  const json = async <T,>(...args: string[]): Promise<T> => {
    const result = await run(...args, '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as T;
  };
  const galleries = (): Promise<SortReport> => json<SortReport>('galleries', '--job', 'Day');
  const review = (): Promise<Pick<SortReport, 'review' | 'unassigned'>> => json('review', '--job', 'Day');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-tagging-'));
    db = join(work, 'shootdesk.sqlite');
    // Held photos of several kinds (an unreadable card, a code in the background, a broken frame) and photos before the first card.
    manifest = await generateShoot(join(work, 'day'), {
      seed: 61,
      subjects: 6,
      photosPerSubject: [2, 3],
      traps: ['lead-photos', 'glare-blown', 'background-card', 'truncated'],
    });
    other = await generateShoot(join(work, 'other'), { seed: 62, subjects: 1, photosPerSubject: [2, 2] });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
    await writeNamesCsv(other, join(work, 'other-names.csv'));
    expect((await run('sort', manifest.root, '--job', 'Day', '--names', join(work, 'names.csv'))).code).toBe(0);
    expect((await run('sort', other.root, '--job', 'Other', '--names', join(work, 'other-names.csv'))).code).toBe(0);
  }, 240_000);
  afterAll(async () => {
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('shows the job as sort reported it: galleries in the shape of sort --json, review and unassigned', async () => {
    const sorted = await json<SortReport>('sort', manifest.root, '--job', 'Day');
    expect(withoutTiming(await galleries())).toEqual(withoutTiming(sorted));
    const held = await review();
    expect(held).toEqual({ review: sorted.review, unassigned: sorted.unassigned });
    expect(held.review.map((group) => group.reason)).toEqual(expect.arrayContaining(['unreadable-card', 'background-card']));
    expect(held.unassigned.length).toBeGreaterThan(0);
  });

  it('refuses what would put a photo where no parent of this job may see it, and changes nothing', async () => {
    const before = await galleries();
    const photo = before.galleries[0]?.photos[0] ?? '';
    const otherCode = other.subjects[0]?.code ?? '';
    const refusals: [string[], RegExp][] = [
      [['assign', '--job', 'Day', '--code', otherCode, photo], new RegExp(`access code ${otherCode} belongs to job "Other", not to "Day"`)],
      [['assign', '--job', 'Day', '--code', 'ZZZZZZZZ', photo], /no subject of job "Day" has the access code ZZZZZZZZ/],
      [['assign', '--job', 'Day', '--code', '../etc', photo], /"..\/etc" is not an access code/],
      [['assign', '--job', 'Day', '--code', before.galleries[1]?.code ?? '', photo, 'cam-a/NOPE_0001.JPG'], /"cam-a\/NOPE_0001.JPG" is not a photo of this job/],
      [['hide', '--job', 'Nobody', photo], /no job named "Nobody"/],
    ];
    for (const [args, message] of refusals) {
      const result = await run(...args);
      expect({ code: result.code, stderr: result.stderr }, args.join(' ')).toEqual({ code: 1, stderr: expect.stringMatching(message) as string });
    }
    // A truncated file is in no gallery: naming it says so.
    const broken = manifest.files.find((file) => file.expected.kind === 'error' && file.trap === 'truncated')?.path ?? '';
    expect((await run('hide', '--job', 'Day', broken)).stderr).toMatch(/could not be read when the job was sorted/);
    expect(await galleries()).toEqual(before);
    expect((await run('undo', '--job', 'Day')).stdout).toBe('Nothing to undo in job "Day".\n');
  });

  it('reads a glare-blown card by hand: the photos after it follow it to their pupil, and undo puts them back', async () => {
    const before = await galleries();
    const card = manifest.files.find((file) => file.card && file.trap === 'glare-blown');
    const code = card?.shows?.[0];
    if (!card || code === undefined) throw new Error('the shoot has no glare-blown card');
    const held = before.review.find((group) => group.reason === 'unreadable-card' && group.photos.includes(card.path));
    expect(held?.photos.length).toBeGreaterThan(1);

    const result = await run('card', '--job', 'Day', '--code', code.toLowerCase(), card.path);
    expect(result.stderr).toBe('');
    const after = await galleries();
    const gallery = after.galleries.find((g) => g.code === code);
    expect(result.stdout).toBe(`${card.path} is now the card of ${code}: ${gallery?.photos.length} photos in its gallery.\n`);
    // Every photo that was held behind the card now shows in its pupil's gallery, and only there; the card frame is hidden.
    const places = placesOf(after);
    for (const photo of held?.photos ?? []) {
      const file = manifest.files.find((f) => f.path === photo);
      expect(places.get(photo) ?? [], photo).toEqual(file?.card ? [] : [code]);
    }
    expect(gallery?.cards).toContain(card.path);
    expect(after.review.flatMap((group) => group.photos)).not.toContain(card.path);

    expect((await run('undo', '--job', 'Day')).stdout).toBe(`Undone: read ${card.path} as the card of ${code}.\n`);
    expect(await galleries()).toEqual(before);
  });

  it('refuses to read a card into a file that could not be read, or into a code of no subject', async () => {
    const broken = manifest.files.find((file) => file.expected.kind === 'error')?.path ?? '';
    const frame = manifest.files.find((file) => file.card && file.trap === 'glare-blown')?.path ?? '';
    expect((await run('card', '--job', 'Day', '--code', manifest.subjects[0]?.code ?? '', broken)).stderr).toMatch(/could not be read when the job was sorted/);
    expect((await run('card', '--job', 'Day', '--code', 'ZZZZZZZZ', frame)).stderr).toMatch(/no subject of job "Day" has the access code ZZZZZZZZ/);
  });

  it('fixes every held photo to its truth: the job ends with nothing to review and every pupil complete', async () => {
    const held = await review();
    const truth = new Map(manifest.files.map((file) => [file.path, file]));
    const toCode = new Map<string, string[]>();
    const toHide: string[] = [];
    for (const photo of [...held.review.flatMap((group) => group.photos), ...held.unassigned]) {
      const file = truth.get(photo);
      const code = file?.shows?.[0];
      // A card frame is hidden wherever it goes; a photo before any card shows no pupil of the list.
      if (file?.card || code === undefined) toHide.push(photo);
      else toCode.set(code, [...(toCode.get(code) ?? []), photo]);
    }
    expect(toCode.size).toBeGreaterThan(0);
    for (const [code, photos] of toCode) {
      const result = await run('assign', '--job', 'Day', '--code', code.toLowerCase(), ...photos);
      expect(result.stdout).toBe(`${photos.length} photo${photos.length === 1 ? '' : 's'} now in the gallery of ${code}.\n`);
    }
    expect((await run('hide', '--job', 'Day', ...toHide)).code).toBe(0);

    expect(await review()).toEqual({ review: [], unassigned: [] });
    expect((await run('review', '--job', 'Day')).stdout).toBe('Nothing to review: every photo is in a gallery or hidden.\n');
    const places = placesOf(await galleries());
    const wrong: string[] = [];
    for (const file of manifest.files) {
      const want = file.card || file.expected.kind === 'error' || file.expected.kind === 'duplicate' ? [] : (file.shows ?? []);
      if (JSON.stringify(places.get(file.path) ?? []) !== JSON.stringify(want)) wrong.push(`${file.path}: ${JSON.stringify(places.get(file.path) ?? [])}, truth ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('undoes and redoes in order, across processes, and a sort again keeps every decision', async () => {
    const fixed = await galleries();
    expect((await run('undo', '--job', 'Day')).stdout).toMatch(/^Undone: hide \d+ photos\.\n$/);
    const undone = await review();
    expect(undone.review.length + undone.unassigned.length).toBeGreaterThan(0);
    expect((await run('undo', '--job', 'Day')).stdout).toMatch(/^Undone: assign \d+ photos? to [A-Z0-9]+\.\n$/);
    expect((await run('redo', '--job', 'Day')).stdout).toMatch(/^Redone: assign /);
    expect((await run('redo', '--job', 'Day')).stdout).toMatch(/^Redone: hide /);
    expect((await run('redo', '--job', 'Day')).stdout).toBe('Nothing to redo in job "Day".\n');
    expect(await galleries()).toEqual(fixed);

    const resorted = await json<SortReport>('sort', manifest.root, '--job', 'Day');
    expect(withoutTiming(resorted)).toEqual(withoutTiming(fixed));
  });

  it('hides and shows a photo, moves one to a new spare, and adds spares that show no gallery until they have photos', async () => {
    const before = await galleries();
    const gallery = before.galleries.find((g) => g.photos.length >= 2);
    const [kept, moved] = gallery?.photos ?? [];
    if (!gallery || !kept || !moved) throw new Error('no gallery with two photos');

    expect((await run('hide', '--job', 'Day', join(manifest.root, kept))).stdout).toBe('1 photo hidden from every gallery.\n');
    expect(placesOf(await galleries()).get(kept)).toBeUndefined();
    expect((await run('unhide', '--job', 'Day', kept)).stdout).toBe('1 photo shown again.\n');
    expect(placesOf(await galleries()).get(kept)).toEqual([gallery.code]);

    const spare = await run('assign', '--job', 'Day', '--new-spare', moved);
    const code = /^New spare subject ([A-Z0-9]{8}): 1 photo now in the gallery of \1\.\n$/.exec(spare.stdout)?.[1];
    expect(code, spare.stdout + spare.stderr).toBeDefined();
    const after = await galleries();
    expect(after.galleries.find((g) => g.code === code)).toMatchObject({ subject: { firstName: 'Spare', lastName: 'One', spare: true }, photos: [moved] });
    expect(placesOf(after).get(moved)).toEqual([code]);

    const added = await run('spares', 'add', '--job', 'Day', '--count', '3');
    const codes = /^Added 3 spare subjects: ([A-Z0-9]{8}) ([A-Z0-9]{8}) ([A-Z0-9]{8})\.\n$/.exec(added.stdout)?.slice(1) ?? [];
    expect(new Set([code, ...codes]).size).toBe(4);
    expect(await galleries()).toEqual(after);
    // The spares take the next placeholder names: a photo given to the third one shows it.
    expect((await run('assign', '--job', 'Day', '--code', codes[2] ?? '', kept)).code).toBe(0);
    expect((await galleries()).galleries.find((g) => g.code === codes[2])?.subject).toEqual({ firstName: 'Spare', lastName: 'Four', group: '', spare: true });
  });

  it('merges one pupil photographed under two cards: every photo and card of one gallery into the other, kept by a sort again, undone as one', async () => {
    const before = await galleries();
    const [from, into] = before.galleries.filter((g) => !g.subject.spare && g.cards.length > 0 && g.photos.length >= 2);
    if (!from || !into) throw new Error('the shoot has no two carded galleries to merge');
    const otherCode = other.subjects[0]?.code ?? '';
    const refusals: [string[], RegExp][] = [
      [['merge', '--job', 'Day', '--from', from.code, '--into', from.code.toLowerCase()], new RegExp(`${from.code} cannot be merged into itself`)],
      [['merge', '--job', 'Day', '--from', from.code, '--into', otherCode], new RegExp(`access code ${otherCode} belongs to job "Other"`)],
      [['merge', '--job', 'Day', '--from', from.code], /missing --into <code>/],
    ];
    for (const [args, message] of refusals) expect((await run(...args)).stderr, args.join(' ')).toMatch(message);
    expect(await galleries()).toEqual(before);

    const merged = await run('merge', '--job', 'Day', '--from', from.code.toLowerCase(), '--into', into.code);
    expect(merged.stdout, merged.stderr).toBe(`${from.photos.length} photos of ${from.code} merged into the gallery of ${into.code}.\n`);
    const after = await galleries();
    expect(after.galleries.find((g) => g.code === from.code)).toBeUndefined();
    const target = after.galleries.find((g) => g.code === into.code);
    expect(new Set(target?.photos)).toEqual(new Set([...into.photos, ...from.photos]));
    expect(new Set(target?.cards)).toEqual(new Set([...into.cards, ...from.cards]));
    // Nothing else moved: every other photo is where it was.
    const placesBefore = placesOf(before);
    for (const [photo, codes] of placesOf(after)) expect(codes, photo).toEqual(from.photos.includes(photo) ? [into.code] : placesBefore.get(photo));
    expect(after.review).toEqual(before.review);

    // The merged card now reads as the other pupil's: a sort again keeps the merge as it is.
    expect(withoutTiming(await json<SortReport>('sort', manifest.root, '--job', 'Day'))).toEqual(withoutTiming(after));
    expect((await run('undo', '--job', 'Day')).stdout).toBe(`Undone: merge ${from.code} into ${into.code} (${from.photos.length} photos).\n`);
    expect(await galleries()).toEqual(before);
    expect((await run('merge', '--job', 'Day', '--from', from.code, '--into', into.code)).code).toBe(0);
    expect((await run('undo', '--job', 'Day')).code).toBe(0);
    const emptied = await run('spares', 'add', '--job', 'Day', '--count', '1');
    const spare = /([A-Z0-9]{8})\.\n$/.exec(emptied.stdout)?.[1] ?? '';
    expect((await run('merge', '--job', 'Day', '--from', spare, '--into', into.code)).stderr).toMatch(new RegExp(`${spare} has no photos to merge into ${into.code}`));
  });

  it('refuses a deleted job’s code for good: retired, with the job it belonged to', async () => {
    const code = other.subjects[0]?.code ?? '';
    expect((await run('jobs', 'delete', 'Other')).code).toBe(0);
    const photo = (await galleries()).galleries[0]?.photos[0] ?? '';
    const result = await run('assign', '--job', 'Day', '--code', code, photo);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`access code ${code} was retired when job "Other" was deleted`));
  });
});
