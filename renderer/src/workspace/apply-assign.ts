import type { MethodOutput } from '../../../shared/api/contract';
import type { Gallery, SortReport } from '../../../shared/domain';
import type { PhotoInfo } from './view-photos';

type SubjectRow = MethodOutput<'subjects.list'>[number];

/**
 * The job as the page can tell it after core has assigned `names` to the subject of `code` alone: the
 * photos leave every other gallery, the photos before a card and review, and join that gallery in
 * shooting order (card frames among its cards, photos hidden by hand in neither). Core's own answer
 * follows and replaces this; until then what it cannot know (a review message's count, a cover that
 * moved) stays as it was. Null when the subject is not in the list (core's answer is then awaited).
 */
export function applyAssign(
  report: SortReport,
  subjects: readonly SubjectRow[],
  photos: readonly PhotoInfo[],
  names: readonly string[],
  code: string,
): { report: SortReport; subjects: SubjectRow[] } | null {
  const subject = subjects.find((s) => s.code === code);
  if (!subject) return null;
  const moved = new Set(names);
  const order = new Map(photos.map((photo, at) => [photo.name, at]));
  const info = new Map(photos.filter((photo) => moved.has(photo.name)).map((photo) => [photo.name, photo]));
  const shown = names.filter((name) => info.get(name)?.kind === 'photo' && info.get(name)?.hiddenByHand === false);
  const cards = names.filter((name) => info.get(name)?.kind === 'card');
  const inShootingOrder = (list: readonly string[]): string[] => [...list].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));

  const lost = new Map<string, number>();
  const galleries = report.galleries.map((gallery): Gallery => {
    const kept = gallery.photos.filter((name) => !moved.has(name));
    lost.set(gallery.code, gallery.photos.length - kept.length);
    const rest = { ...gallery, photos: kept, cards: gallery.cards.filter((name) => !moved.has(name)) };
    return gallery.code === code ? { ...rest, photos: inShootingOrder([...kept, ...shown]), cards: inShootingOrder([...rest.cards, ...cards]) } : rest;
  });
  if (!galleries.some((gallery) => gallery.code === code)) {
    const { firstName, lastName, group, spare } = subject;
    galleries.push({ code, subject: { firstName, lastName, group, spare }, cards: inShootingOrder(cards), index: null, photos: inShootingOrder(shown) });
  }
  return {
    report: {
      ...report,
      galleries,
      unassigned: report.unassigned.filter((name) => !moved.has(name)),
      review: report.review.map((group) => ({ ...group, photos: group.photos.filter((name) => !moved.has(name)) })).filter((group) => group.photos.length > 0),
    },
    subjects: subjects.map((s) => {
      const photoCount = s.photos - (lost.get(s.code) ?? 0) + (s.code === code ? shown.length : 0);
      return photoCount === s.photos ? s : { ...s, photos: photoCount };
    }),
  };
}
