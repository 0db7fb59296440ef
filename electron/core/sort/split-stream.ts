import { classifyFrame, isCardFrame, type Frame, type FrameContext } from './classify-frame.js';
import { dcfCounterOf, folderOf } from './file-counter.js';
import type { GapRhythm } from './gap-rhythm.js';
import type { MixedCameras, UnknownPause } from './counter-order.js';
import type { OrderedStream, StreamEntry } from './order-stream.js';
import { draftOf, finishDrafts, type ReviewDraft } from './review-draft.js';
import * as say from './review-messages.js';
import type { CodeStatus, SortPhoto, SplitReview } from './sort-types.js';
import { placeUntimed, type Run } from './place-untimed.js';

export interface Outcome {
  photoId: number;
  kind: 'card' | 'link' | 'unassigned' | 'manual' | 'held';
  /** The codes of a card or a link. */
  codes: string[];
}

export interface StreamSplit {
  /** One per photo of the stream, in stream order. */
  outcomes: Outcome[];
  review: SplitReview[];
  /** New-spare codes of the cards that opened a subject, in stream order. */
  spare: string[];
  /** Every frame that shows a card, read or not, accepted or not (manual photos aside): never shown to a customer. */
  cardFrames: number[];
}

/**
 * Splits one ordered camera stream at its cards. A run is the stretch from one card to the next:
 * before the first card nothing is assigned, after an accepted card its photos are linked, after
 * anything else card-like (or a gap long enough to hide a missed card) its photos are held in one
 * review group. A run never carries past a card of any kind, which is what keeps photos out of a
 * previous subject's gallery.
 */
export function splitStream(stream: OrderedStream, classify: (code: string) => CodeStatus, rhythm: GapRhythm, context: FrameContext): StreamSplit {
  // Kept per photo by its index in the stream: maps keyed by photo id were half of the walk on 20,000 photos.
  const { entries, positions } = stream;
  const frames = entries.map((entry) => classifyFrame(entry.photo.qr, classify, context));
  const cardFrames = entries
    .filter((entry, index) => entry.photo.failure === undefined && entry.photo.manualCodes.length === 0 && isCardFrame(frames[index] ?? { kind: 'plain' }))
    .map((entry) => entry.photo.id);
  if (stream.mixed !== null) return { ...holdMixed(stream, stream.mixed), spare: [], cardFrames };

  const outcomes: (Outcome | undefined)[] = new Array<Outcome | undefined>(entries.length);
  const runs: (Run | undefined)[] = new Array<Run | undefined>(entries.length);
  const indexOf = (id: number): number => positions.get(id) ?? -1;
  const drafts: ReviewDraft[] = [];
  const spare: string[] = [];
  const placed: StreamEntry[] = [];
  const nextShots = new Map<number, SortPhoto>();
  let run: Run = { kind: 'none' };
  let previous: { photo: SortPhoto; time: number; card: boolean; run: Run } | null = null;
  // The last frame of the run so far: a photo of its camera without time, numbered right after it by
  // the camera's own counter, was the next shot, with no frame (no card) between them. Counters are
  // read only for such photos, which are few: reading every name would cost more than the walk.
  let last: { photo: SortPhoto; run: Run } | null = null;

  const hold = (draft: ReviewDraft): void => {
    drafts.push(draft);
    run = { kind: 'held', draft };
  };
  const place = (index: number, photo: SortPhoto, kind: Outcome['kind'], codes: string[] = []): void => {
    outcomes[index] = { photoId: photo.id, kind, codes };
  };

  /** The gap rule: a long pause before a non-card photo may hide a card that no decoder saw. */
  const watchGap = ({ photo, pause }: StreamEntry, card: boolean): void => {
    if (photo.capturedAt === null || previous === null) return;
    if (pause !== null) {
      // How long the pause really was is unknown, so it may hide a card; it teaches nothing about the rhythm.
      if (!card && run.kind !== 'none') hold(pauseDraft(pause, stream.cameraKey));
      return;
    }
    const gap = photo.capturedAt - previous.time;
    const threshold = rhythm.thresholdMs();
    const suspicious = !card && gap > threshold;
    // Nothing to protect before the first card; and a card without capture time placed inside the
    // pause has already explained it.
    if (suspicious && run.kind !== 'none' && run === previous.run) {
      const before = previous.photo;
      hold(draftOf('unreadable-card', (n) => say.gapMessage(photo, before, gap, threshold, n)));
    }
    if (card && !previous.card) rhythm.record(gap, 'before-card');
    if (!card && !suspicious) rhythm.record(gap, 'within-subject');
  };

  const startRun = (entry: StreamEntry, frame: Frame): void => {
    const { photo } = entry;
    if (frame.kind === 'card') {
      // Its place is a guess: linking after it could take photos from the subject before.
      if (entry.placed) hold(draftOf('no-capture-time', (n) => say.untimedCardMessage(photo, frame.codes, n)));
      else if (run.kind !== 'linked' || !sameCodes(run.codes, frame.codes)) run = { kind: 'linked', codes: frame.codes };
      if (!entry.placed) for (const code of frame.spare) if (!spare.includes(code)) spare.push(code);
    } else if (frame.kind === 'rejected') {
      const reason = frame.rejected[0]?.reason ?? 'unknown-code';
      hold(draftOf(reason, (n) => say.rejectedMessage(photo, frame.rejected, frame.accepted, n)));
    } else if (frame.kind === 'unreadable') {
      hold(draftOf('unreadable-card', (n) => say.unreadableMessage(photo, frame.cause, frame.accepted, frame.read, n)));
    } else if (frame.kind === 'background') {
      hold(draftOf('background-card', (n) => say.backgroundMessage(photo, frame.codes, n)));
    }
  };

  const placePhoto = (entry: StreamEntry, index: number, frame: Frame): void => {
    const { photo } = entry;
    // A manual photo keeps its place in the stream (its card, if any, still counts) but not its links.
    if (photo.manualCodes.length > 0 || photo.keptUnassigned) return place(index, photo, 'manual');
    if (frame.kind === 'card' && !entry.placed) return place(index, photo, 'card', frame.codes);
    if (entry.placed && !isCardFrame(frame)) {
      placed.push(entry);
      return;
    }
    if (run.kind === 'held') {
      run.draft.photoIds.push(photo.id);
      return place(index, photo, 'held');
    }
    place(index, photo, run.kind === 'linked' ? 'link' : 'unassigned', run.kind === 'linked' ? run.codes : []);
    if (frame.kind === 'foreign') drafts.push(draftOf('foreign-qr', () => say.foreignMessage(photo, frame.reasons), [photo.id]));
  };

  entries.forEach((entry, index) => {
    const { photo } = entry;
    if (photo.failure !== undefined) {
      // A camera frame no one could read may have been a card: nothing after it joins the subject before.
      const failure = photo.failure;
      hold(draftOf('unreadable-card', (n) => say.failedFrameMessage(photo, failure, n)));
      last = null;
      return;
    }
    const frame = frames[index] ?? { kind: 'plain' };
    const card = isCardFrame(frame);
    watchGap(entry, card);
    startRun(entry, frame);
    runs[index] = run;
    if (entry.placed && !card && !photo.joinedFolderCamera && last !== null && last.run === run && isNextShot(last.photo, photo)) {
      nextShots.set(photo.id, last.photo);
    }
    last = !entry.placed || nextShots.has(photo.id) || card ? { photo, run } : null;
    placePhoto(entry, index, frame);
    if (photo.capturedAt !== null) previous = { photo, time: photo.capturedAt, card, run };
  });

  const positionOf = (id: number): number => positions.get(id) ?? Number.POSITIVE_INFINITY;
  const decided = new Set(entries.filter((entry) => entry.photo.hiddenByHand || entry.photo.keptUnassigned).map((entry) => entry.photo.id));
  for (const result of placeUntimed(placed, (id) => runs[indexOf(id)], positionOf, nextShots)) {
    place(indexOf(result.photo.id), result.photo, result.kind, result.codes);
    result.draft.photoIds.push(result.photo.id);
    if (!drafts.includes(result.draft)) drafts.push(result.draft);
  }
  if (stream.byFileName) drafts.push(byFileNameDraft(stream, outcomes, drafts));

  return {
    outcomes: outcomes.filter((outcome): outcome is Outcome => outcome !== undefined),
    review: finishDrafts(drafts, positionOf, (id) => decided.has(id)),
    spare,
    cardFrames,
  };
}

/** Whether the camera numbered `photo` right after `before`, in the same folder (a wrap from 9999 to 0001 included). */
function isNextShot(before: SortPhoto, photo: SortPhoto): boolean {
  const counter = dcfCounterOf(before.path);
  return counter !== null && dcfCounterOf(photo.path) === (counter % 9999) + 1 && folderOf(before.path) === folderOf(photo.path);
}

function pauseDraft(pause: UnknownPause, cameraKey: string): ReviewDraft {
  return pause.cause === 'clock-back'
    ? draftOf('clock-change', (n) => say.clockChangeMessage(pause, cameraKey, n))
    : draftOf('mixed-cameras', (n) => say.counterSkipMessage(pause, n));
}

/** Two bodies in one stream: no order can be trusted, so every photo is held (manual ones stay as they are). */
function holdMixed(stream: OrderedStream, mixed: MixedCameras): Pick<StreamSplit, 'outcomes' | 'review'> {
  const photos = stream.entries.map((entry) => entry.photo).filter((photo) => photo.failure === undefined);
  const held = photos.filter((photo) => photo.manualCodes.length === 0).map((photo) => photo.id);
  const folders = [...new Set(photos.map((photo) => folderOf(photo.path)))];
  return {
    outcomes: photos.map((photo) => ({ photoId: photo.id, kind: photo.manualCodes.length > 0 ? 'manual' : 'held', codes: [] })),
    review: held.length > 0 ? [{ reason: 'mixed-cameras', photoIds: held, message: say.mixedCamerasMessage(stream.cameraKey, folders, mixed, held.length) }] : [],
  };
}

/** The one notice for a stream ordered by file names: every photo it placed, held ones aside. */
function byFileNameDraft(stream: OrderedStream, outcomes: readonly (Outcome | undefined)[], drafts: readonly ReviewDraft[]): ReviewDraft {
  const inGroups = new Set(drafts.flatMap((draft) => draft.photoIds));
  const ids = stream.entries
    .filter((entry, index) => !inGroups.has(entry.photo.id) && !['manual', 'held'].includes(outcomes[index]?.kind ?? 'held'))
    .map((entry) => entry.photo.id);
  const folders = [...new Set(stream.entries.map((entry) => folderOf(entry.photo.path)))];
  return draftOf('no-capture-time', (n) => say.byFileNameMessage(stream.cameraKey, folders, n), ids);
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}
