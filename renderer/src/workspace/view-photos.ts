import type { SortReport } from '../../../shared/domain';

/**
 * What the grid shows: one gallery, one review group, the photos before the first card, the hidden
 * ones, or all. A review group is known by its place: one reason can make several groups (two
 * unreadable cards), and when a group is fixed the next one takes its place, which is the next work.
 */
export type View =
  | { kind: 'gallery'; code: string }
  | { kind: 'review'; index: number }
  | { kind: 'unassigned' }
  | { kind: 'hidden' }
  | { kind: 'kept' }
  | { kind: 'all' }
  /** Bulk tagging: every camera's photos in the order marks span them, card frames included. */
  | { kind: 'bulk' };

export interface PhotoInfo {
  name: string;
  sha256: string | null;
  camera: string;
  takenAt: string | null;
  kind: 'photo' | 'card';
  hiddenByHand: boolean;
  keptUnassigned: boolean;
}

/**
 * The photos of a view in shooting order. Card frames show in a gallery only on request: they
 * are hidden from customers, and the photographer looks at them only to check a split.
 */
export function viewPhotos(report: SortReport, photos: readonly PhotoInfo[], view: View, showCards: boolean, streams: readonly (readonly string[])[] = []): string[] {
  switch (view.kind) {
    case 'gallery': {
      const gallery = report.galleries.find((g) => g.code === view.code);
      if (!gallery) return [];
      const wanted = new Set(showCards ? [...gallery.photos, ...gallery.cards] : gallery.photos);
      return photos.filter((photo) => wanted.has(photo.name)).map((photo) => photo.name);
    }
    case 'review':
      return report.review[view.index]?.photos ?? [];
    case 'unassigned':
      return report.unassigned;
    case 'hidden':
      return photos.filter((photo) => photo.hiddenByHand).map((photo) => photo.name);
    case 'kept':
      return photos.filter((photo) => photo.keptUnassigned).map((photo) => photo.name);
    case 'bulk':
      return streams.flat();
    case 'all':
      return photos.filter((photo) => showCards || photo.kind === 'photo').map((photo) => photo.name);
  }
}

/** Photos still waiting for a decision: the job is ready when this is 0. */
export function heldCount(report: SortReport): number {
  return report.review.reduce((n, group) => n + group.photos.length, 0) + report.unassigned.length;
}

export function sameView(a: View, b: View): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
