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
    expect(score.problems).toHaveLength(3);
  });

  it('plans the same shoot from the same seed, another from another', () => {
    expect(plannedManifest(1)).toEqual(manifest);
    expect(plannedManifest(2).subjects[0]?.code).not.toBe(manifest.subjects[0]?.code);
  });
});
