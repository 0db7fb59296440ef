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
 * empty groups (a run whose only photo was a manually linked card holds nothing).
 */
export function finishDrafts(drafts: readonly ReviewDraft[], positionOf: (photoId: number) => number): SplitReview[] {
  return drafts
    .filter((draft) => draft.photoIds.length > 0)
    .map((draft) => ({ draft, photoIds: [...draft.photoIds].sort((a, b) => positionOf(a) - positionOf(b)) }))
    .sort((a, b) => positionOf(a.photoIds[0] ?? 0) - positionOf(b.photoIds[0] ?? 0))
    .map(({ draft, photoIds }) => ({ reason: draft.reason, photoIds, message: draft.describe(photoIds.length) }));
}
