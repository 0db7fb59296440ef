import { describe, expect, it } from 'vitest';
import type { SortReport } from '../../../shared/domain.js';
import { manifestOf } from './generate-shoot.js';
import { idealReport } from './ideal-report.js';
import type { ShootManifest } from './manifest.js';
import { planShoot } from './plan-shoot.js';
import { scoreReport } from './score-report.js';
import { resolveSpec, trapsShootSpec } from './shoot-spec.js';

// The scorer needs no pixels: plan the traps shoot and pretend it was written.
function plannedManifest(seed = 1): ShootManifest {
  const spec = resolveSpec(trapsShootSpec({ seed }));
  return manifestOf('/shoots/traps', spec, planShoot(spec), [{ path: 'cam-a/DCIM/101CANON', unreadable: false }]);
}

const clone = (report: SortReport): SortReport => structuredClone(report);

describe('scoreReport', () => {
  const manifest = plannedManifest();
  const firstPhotoOf = (report: SortReport, index: number): { gallery: SortReport['galleries'][number]; photo: string } => {
    const gallery = report.galleries[index];
    const photo = gallery?.photos[0];
    if (!gallery || !photo) throw new Error('gallery without photos');
    return { gallery, photo };
  };

  it('passes the ideal report, paths absolute or relative', () => {
    const report = idealReport(manifest);
    expect(scoreReport(manifest, report)).toEqual({ misassigned: [], visibleCards: [], missing: [], recall: 1, problems: [] });
    const absolute = clone(report);
    absolute.unassigned = absolute.unassigned.map((p) => `/shoots/traps/${p}`);
    expect(scoreReport(manifest, absolute).problems).toEqual([]);
  });

  it('flags a card among the photos', () => {
    const report = idealReport(manifest);
    const gallery = report.galleries.find((g) => g.cards.length > 0);
    const card = gallery?.cards.pop();
    if (!gallery || !card) throw new Error('no card');
    gallery.photos.push(card);
    const score = scoreReport(manifest, report);
    expect(score.visibleCards).toEqual([card]);
    expect(score.misassigned).toEqual([`${card} @ ${gallery.code}`]);
    expect(score.problems.some((p) => p.startsWith(card))).toBe(true);
  });

  it('flags a photo in another gallery, and the gap it leaves', () => {
    const report = idealReport(manifest);
    const { gallery: from, photo } = firstPhotoOf(report, 0);
    const to = report.galleries.find((g) => g.code !== from.code && !g.photos.includes(photo));
    if (!to) throw new Error('one gallery only');
    from.photos.shift();
    to.photos.push(photo);
    const score = scoreReport(manifest, report);
    expect(score.misassigned).toEqual([`${photo} @ ${to.code}`]);
    expect(score.missing).toEqual([`${photo} @ ${from.code}`]);
    expect(score.recall).toBeLessThan(1);
  });

  it('flags unreadable-card photos let into a gallery', () => {
    const report = idealReport(manifest);
    const held = report.review.find((r) => r.reason === 'unreadable-card')?.photos[1];
    if (!held) throw new Error('no unreadable card');
    firstPhotoOf(report, 0).gallery.photos.push(held);
    expect(scoreReport(manifest, report).misassigned).toHaveLength(1);
  });

  it('reports other mismatches as problems', () => {
    const report = idealReport(manifest);
    report.errors.pop();
    const foreign = report.review.find((r) => r.reason === 'foreign-qr');
    if (!foreign) throw new Error('no foreign-qr');
    foreign.reason = 'unknown-code';
    report.unassigned.push('cam-a/DCIM/100CANON/IMG_9990.CR2');
    const score = scoreReport(manifest, report);
    expect(score.misassigned).toEqual([]);
    // The foreign-qr group holds the poster-url photo too.
    expect(score.problems).toHaveLength(2 + foreign.photos.length);
  });

  it('flags a background card let into a gallery as a visible card, and a held photo there as misassigned', () => {
    const report = idealReport(manifest);
    const cards = new Set(manifest.files.filter((f) => f.card).map((f) => f.path));
    const held = (reason: string): string[] => report.review.find((r) => r.reason === reason)?.photos ?? [];
    const [shown] = held('background-card');
    const later = [...held('clock-change'), ...held('mixed-cameras')].find((p) => !cards.has(p));
    if (!shown || !later) throw new Error('nothing held');
    const gallery = firstPhotoOf(report, 0).gallery;
    gallery.photos.push(shown, later);
    const score = scoreReport(manifest, report);
    expect(score.visibleCards).toEqual([shown]);
    expect(score.misassigned).toEqual([`${shown} @ ${gallery.code}`, `${later} @ ${gallery.code}`]);
  });

  it('wants the stray backup copy reported as the duplicate, never standing in for its original', () => {
    const report = idealReport(manifest);
    const copy = manifest.files.find((f) => f.trap === 'backup-copy' && !f.card);
    const original = copy?.expected.kind === 'duplicate' ? copy.expected.of : '';
    const gallery = report.galleries.find((g) => g.photos.includes(original));
    const duplicates = report.review.find((r) => r.reason === 'duplicate');
    if (!copy || !gallery || !duplicates) throw new Error('no backup copy');
    // The walk met the copy first: it is placed, and the original is called the duplicate.
    gallery.photos = gallery.photos.map((p) => (p === original ? copy.path : p));
    duplicates.photos = duplicates.photos.map((p) => (p === copy.path ? original : p));
    const score = scoreReport(manifest, report);
    expect(score.missing).toEqual([`${original} @ ${gallery.code}`]);
    expect(score.problems.filter((p) => p.startsWith(original) || p.startsWith(copy.path))).toHaveLength(3);
  });

  it('scores a sort without a names list by code, wanting spare subjects only', () => {
    const spec = resolveSpec({ seed: 5, subjects: 4, traps: ['poster-url', 'lead-photos'] });
    const blank = manifestOf('/shoots/blank', spec, planShoot(spec), []);
    const report = idealReport(blank);
    for (const gallery of report.galleries) gallery.subject = { firstName: 'Spare', lastName: 'One', group: '', spare: true };
    expect(scoreReport(blank, report, { namesList: false })).toEqual({ misassigned: [], visibleCards: [], missing: [], recall: 1, problems: [] });
    const poster = report.review.find((r) => r.reason === 'foreign-qr')?.photos[0] ?? '';
    report.galleries.push({ code: 'EVENTS', subject: { firstName: 'Spare', lastName: 'Two', group: '', spare: true }, cards: [], index: poster, photos: [poster] });
    const score = scoreReport(blank, report, { namesList: false });
    expect(score.misassigned).toEqual([`${poster} @ EVENTS`]);
    expect(score.problems).toEqual(['gallery EVENTS: a spare subject for a code no card of the shoot holds']);
    expect(() => scoreReport(manifest, idealReport(manifest), { namesList: false })).toThrow(/outside the names list/);
  });

  it('plans the same shoot from the same seed, another from another', () => {
    expect(plannedManifest(1)).toEqual(manifest);
    expect(plannedManifest(2).subjects[0]?.code).not.toBe(manifest.subjects[0]?.code);
  });
});
