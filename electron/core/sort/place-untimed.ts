import type { StreamEntry } from './order-stream.js';
import { draftOf, type ReviewDraft } from './review-draft.js';
import * as say from './review-messages.js';
import type { SortPhoto } from './sort-types.js';

/** The stretch of a stream a photo fell in: before any card, after an accepted card, or held for review. */
export type Run = { kind: 'none' } | { kind: 'linked'; codes: string[] } | { kind: 'held'; draft: ReviewDraft };

export interface UntimedOutcome {
  photo: SortPhoto;
  kind: 'link' | 'unassigned' | 'held';
  codes: string[];
  /** The review group it joins: its own notice, or the held run it fell in. */
  draft: ReviewDraft;
}

/**
 * Decides the photos without capture time that were placed among timed ones by file name. A file
 * name tells only that the photo was taken between its two timed neighbours of the same folder;
 * when both belong to the same run, so does the photo, wherever exactly it falls. A camera's own
 * counter tells more: a photo numbered right after a frame of the run was the very next shot, so no
 * card can lie between them (`nextShots`). At the edge of a run otherwise, or with a neighbour
 * missing, it could belong to either side: it is held.
 */
export function placeUntimed(
  entries: readonly StreamEntry[],
  /** The run a photo of the stream fell in, by id. */
  runAt: (photoId: number) => Run | undefined,
  positionOf: (photoId: number) => number,
  /** A photo numbered right after a frame of its run, by its camera, with that frame. */
  nextShots: ReadonlyMap<number, SortPhoto>,
): UntimedOutcome[] {
  return entries.map(({ photo, placed }) => {
    const here = runAt(photo.id);
    const { previous, next } = placed ?? { previous: null, next: null };
    const between =
      previous !== null && next !== null && runAt(previous.id) === here && runAt(next.id) === here && positionOf(previous.id) < positionOf(next.id);
    const shotAfter = nextShots.get(photo.id);
    const inside = here !== undefined && (between || shotAfter !== undefined);
    if (!inside || placed === null) {
      const placement = placed ?? { previous: null, next: null };
      return { photo, kind: 'held', codes: [], draft: draftOf('no-capture-time', () => say.untimedHeldMessage(photo, placement)) };
    }
    switch (here.kind) {
      case 'linked': {
        const message = between || shotAfter === undefined ? say.untimedLinkedMessage(photo, placed, here.codes) : say.untimedNextShotMessage(photo, shotAfter, here.codes);
        return { photo, kind: 'link', codes: here.codes, draft: draftOf('no-capture-time', () => message) };
      }
      case 'none':
        return { photo, kind: 'unassigned', codes: [], draft: draftOf('no-capture-time', () => say.untimedUnassignedMessage(photo, placed)) };
      case 'held':
        return { photo, kind: 'held', codes: [], draft: here.draft };
    }
  });
}
