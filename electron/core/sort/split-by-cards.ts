import { DEFAULT_MIN_SUSPICIOUS_GAP_MS, DEFAULT_SUSPICIOUS_GAP_MS, trackGapRhythm } from './gap-rhythm.js';
import { orderShoot, type ShootOrder } from './order-shoot.js';
import { reviewDuplicates } from './review-duplicates.js';
import { largestCodeSize, usualCardSize } from './classify-frame.js';
import type { CodeStatus, SortPhoto, SplitLink, SplitOptions, SplitResult } from './sort-types.js';
import { splitStream, type StreamSplit } from './split-stream.js';

/**
 * Sorts a job's photos into subjects by the cards photographed before each (design §2). Pure and
 * deterministic: the input order does not matter, and a photo is linked only to the subject whose
 * accepted card last preceded it in its own camera's stream; wherever that is in doubt it is held
 * for review instead, because a photo in a wrong gallery shows a child to the wrong parent.
 */
export function splitByCards(input: readonly SortPhoto[], classify: (code: string) => CodeStatus, options: SplitOptions = {}): SplitResult {
  return splitInOrder(orderShoot(input, options.unreadable ?? []), classify, options);
}

/**
 * The split of photos already in shooting order (orderShoot; withDecisions when the order was worked
 * out before the photographer's latest decisions): each camera's streams walked from card to card.
 */
export function splitInOrder(order: ShootOrder, classify: (code: string) => CodeStatus, options: Omit<SplitOptions, 'unreadable'> = {}): SplitResult {
  const { photos } = order;
  const copies = photos.filter((photo) => photo.duplicateOf !== null);
  const manualCopies = copies.filter((photo) => photo.manualCodes.length > 0);
  const known = memoize(classify);

  const codeSizes = (of: readonly SortPhoto[]): number[] =>
    of.map((photo) => largestCodeSize(photo.qr, known)).filter((size): size is number => size !== null);
  const jobCardSizes = codeSizes(photos.filter((photo) => photo.duplicateOf === null));
  const splits: StreamSplit[] = order.cameras.flatMap((camera) => {
    const context = { cardSize: usualCardSize(codeSizes(camera.photos), jobCardSizes) };
    return camera.streams.map((stream) => {
      const rhythm = trackGapRhythm(
        options.suspiciousGapMs ?? DEFAULT_SUSPICIOUS_GAP_MS,
        options.minSuspiciousGapMs ?? DEFAULT_MIN_SUSPICIOUS_GAP_MS,
      );
      return splitStream(stream, known, rhythm, context);
    });
  });

  // One pass over every photo's outcome, in stream order, into the lists the result keeps.
  const cards: SplitLink[] = [];
  const links: SplitLink[] = [];
  const unassigned: number[] = [];
  const manual: number[] = [];
  for (const split of splits) {
    for (const { photoId, kind, codes } of split.outcomes) {
      if (kind === 'card') for (const code of codes) cards.push({ photoId, code });
      else if (kind === 'link') for (const code of codes) links.push({ photoId, code });
      else if (kind === 'unassigned') unassigned.push(photoId);
      else if (kind === 'manual') manual.push(photoId);
    }
  }
  const unlinkedCopies = copies.filter((photo) => photo.manualCodes.length === 0);
  return {
    cards,
    cardFrames: [...new Set(splits.flatMap((split) => split.cardFrames))].sort((a, b) => a - b),
    links,
    indexPhotos: firstPerCode(links),
    review: [
      ...splits.flatMap((split) => split.review),
      ...(unlinkedCopies.length === 0 ? [] : reviewDuplicates(unlinkedCopies, new Map(photos.map((photo) => [photo.id, photo])))),
    ],
    unassigned,
    manual: [...manual, ...manualCopies.map((p) => p.id).sort((a, b) => a - b)],
    newSpareCodes: [...new Set(splits.flatMap((split) => split.spare))],
  };
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
