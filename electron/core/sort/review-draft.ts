import type { ReviewReason } from '../../../shared/domain.js';
import type { SplitReview } from './sort-types.js';

/** A review group being filled as the stream goes by; its message needs the final count. */
export interface ReviewDraft {
  reason: ReviewReason;
  photoIds: number[];
  describe: (count: number) => string;
}

export function draftOf(reason: ReviewReason, describe: (count: number) => string, photoIds: number[] = []): ReviewDraft {
  return { reason, photoIds, describe };
}

/**
 * Finished groups in stream order: photos by stream position, groups by their first photo, and no
 * empty groups (a run whose only photo was a manually linked card holds nothing). Photos the
 * photographer hid are decided: the group neither lists nor counts them.
 */
export function finishDrafts(drafts: readonly ReviewDraft[], positionOf: (photoId: number) => number, decided: (photoId: number) => boolean = () => false): SplitReview[] {
  return drafts
    .map((draft) => ({ draft, photoIds: draft.photoIds.filter((id) => !decided(id)).sort((a, b) => positionOf(a) - positionOf(b)) }))
    .filter(({ photoIds }) => photoIds.length > 0)
    .sort((a, b) => positionOf(a.photoIds[0] ?? 0) - positionOf(b.photoIds[0] ?? 0))
    .map(({ draft, photoIds }) => ({ reason: draft.reason, photoIds, message: draft.describe(photoIds.length) }));
}
