import { DEFAULT_MIN_SUSPICIOUS_GAP_MS, DEFAULT_SUSPICIOUS_GAP_MS, trackGapRhythm } from './gap-rhythm.js';
import { compareText } from './file-order.js';
import { groupBy } from './group-by.js';
import { orderStream } from './order-stream.js';
import { reviewDuplicates } from './review-duplicates.js';
import { chooseCopies } from './choose-copies.js';
import { camerasByFolder, joinCameraFolders } from './join-camera-folder.js';
import { largestCodeSize, usualCardSize } from './classify-frame.js';
import { folderOf } from './file-counter.js';
import type { CodeStatus, SortPhoto, SplitLink, SplitOptions, SplitResult, UnreadableFile } from './sort-types.js';
import { splitStream, type StreamSplit } from './split-stream.js';

/**
 * Sorts a job's photos into subjects by the cards photographed before each (design §2). Pure and
 * deterministic: the input order does not matter, and a photo is linked only to the subject whose
 * accepted card last preceded it in its own camera's stream; wherever that is in doubt it is held
 * for review instead, because a photo in a wrong gallery shows a child to the wrong parent.
 */
export function splitByCards(input: readonly SortPhoto[], classify: (code: string) => CodeStatus, options: SplitOptions = {}): SplitResult {
  const photos = chooseCopies(joinCameraFolders(input));
  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  const copies = photos.filter((photo) => photo.duplicateOf !== null);
  const manualCopies = copies.filter((photo) => photo.manualCodes.length > 0);
  const known = memoize(classify);

  // Per camera: two bodies' clocks never agree, so their streams are never merged.
  const counted = photos.filter((photo) => photo.duplicateOf === null);
  const byCamera = groupBy([...counted, ...unreadableFrames(counted, options.unreadable ?? [])], (photo) => photo.cameraKey);
  const codeSizes = (of: readonly SortPhoto[]): number[] =>
    of.map((photo) => largestCodeSize(photo.qr, known)).filter((size): size is number => size !== null);
  const jobCardSizes = codeSizes(counted);
  const splits: StreamSplit[] = [...byCamera.keys()].sort(compareText).flatMap((cameraKey) => {
    const cameraPhotos = byCamera.get(cameraKey) ?? [];
    const context = { cardSize: usualCardSize(codeSizes(cameraPhotos), jobCardSizes) };
    return orderStream(cameraKey, cameraPhotos).map((stream) => {
      const rhythm = trackGapRhythm(
        options.suspiciousGapMs ?? DEFAULT_SUSPICIOUS_GAP_MS,
        options.minSuspiciousGapMs ?? DEFAULT_MIN_SUSPICIOUS_GAP_MS,
      );
      return splitStream(stream, known, rhythm, context);
    });
  });

  const outcomes = splits.flatMap((split) => split.outcomes);
  const linksOf = (kind: 'card' | 'link'): SplitLink[] =>
    outcomes.filter((o) => o.kind === kind).flatMap((o) => o.codes.map((code) => ({ photoId: o.photoId, code })));
  const links = linksOf('link');
  return {
    cards: linksOf('card'),
    cardFrames: [...new Set(splits.flatMap((split) => split.cardFrames))].sort((a, b) => a - b),
    links,
    indexPhotos: firstPerCode(links),
    review: [
      ...splits.flatMap((split) => split.review),
      ...reviewDuplicates(copies.filter((photo) => photo.manualCodes.length === 0), byId),
    ],
    unassigned: outcomes.filter((o) => o.kind === 'unassigned').map((o) => o.photoId),
    manual: [...outcomes.filter((o) => o.kind === 'manual').map((o) => o.photoId), ...manualCopies.map((p) => p.id).sort((a, b) => a - b)],
    newSpareCodes: [...new Set(splits.flatMap((split) => split.spare))],
  };
}

/**
 * Unreadable files as frames of the cameras whose photos share their folder: where a camera frame
 * could not be read, each of those streams must treat it as a possible card. Files in folders of no
 * camera (a poster print, a phone's HEIC) touch no stream.
 */
function unreadableFrames(photos: readonly SortPhoto[], files: readonly UnreadableFile[]): SortPhoto[] {
  if (files.length === 0) return [];
  const camerasIn = camerasByFolder(photos);
  return files.flatMap((file) =>
    [...(camerasIn.get(folderOf(file.path)) ?? [])].map((cameraKey) => ({
      id: file.id,
      path: file.path,
      cameraKey,
      capturedAt: null,
      qr: { codes: [], sizes: [], undecodable: false, cardLike: false },
      duplicateOf: null,
      manualCodes: [],
      failure: file.message,
    })),
  );
}

function firstPerCode(links: readonly SplitLink[]): SplitLink[] {
  const first = new Map<string, SplitLink>();
  for (const link of links) if (!first.has(link.code)) first.set(link.code, link);
  return [...first.values()];
}

function memoize(classify: (code: string) => CodeStatus): (code: string) => CodeStatus {
  const seen = new Map<string, CodeStatus>();
  return (code) => {
    const known = seen.get(code);
    if (known !== undefined) return known;
    const status = classify(code);
    seen.set(code, status);
    return status;
  };
}
