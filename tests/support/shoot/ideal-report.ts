import { REVIEW_REASONS, type Gallery, type SortReport } from '../../../shared/domain.js';
import type { ShootManifest } from './manifest.js';

/** The report a perfect sorter would write for this shoot: the scorer's reference point, and a base to break in tests. */
export function idealReport(manifest: ShootManifest): SortReport {
  const galleries = new Map<string, Gallery>();
  const galleryOf = (code: string): Gallery => {
    let gallery = galleries.get(code);
    if (!gallery) {
      const subject = manifest.subjects.find((s) => s.code === code);
      if (!subject) throw new Error(`no subject ${code}`);
      const { firstName, lastName, group } = subject;
      galleries.set(code, (gallery = { code, subject: { firstName, lastName, group, spare: false }, cards: [], index: null, photos: [] }));
    }
    return gallery;
  };
  const report: SortReport = { job: { name: manifest.name }, galleries: [], unassigned: [], review: [], errors: [], stats: { files: manifest.files.length, photos: 0, cards: 0, seconds: 0 } };
  const review = new Map(REVIEW_REASONS.map((reason) => [reason, [] as string[]]));
  for (const file of manifest.files) {
    const want = file.expected;
    if (want.kind === 'card') for (const code of want.codes) galleryOf(code).cards.push(file.path);
    if (want.kind === 'photo') for (const code of want.codes) galleryOf(code).photos.push(file.path);
    if (want.kind === 'unassigned') report.unassigned.push(file.path);
    if (want.kind === 'review') {
      review.get(want.reason)?.push(file.path);
      for (const code of want.alsoIn ?? []) galleryOf(code).photos.push(file.path);
    }
    if (want.kind === 'duplicate') review.get('duplicate')?.push(file.path);
    if (want.kind === 'error') report.errors.push({ file: file.path, message: 'cannot be read' });
    if (file.card) report.stats.cards += 1;
    else if (want.kind !== 'error' && want.kind !== 'companion') report.stats.photos += 1;
  }
  // The cover is the first photo after the card, and the manifest lists each camera in shooting order.
  report.galleries = [...galleries.values()].map((gallery) => ({ ...gallery, index: gallery.photos[0] ?? null }));
  report.review = [...review].filter(([, photos]) => photos.length > 0).map(([reason, photos]) => ({ reason, photos, message: reason }));
  return report;
}
