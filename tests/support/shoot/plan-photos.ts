import type { CameraClock } from './camera-clock.js';
import type { Expected } from './manifest.js';
import { placeBackgroundCard } from './plan-background-card.js';
import type { Segment } from './plan-segments.js';
import type { PlannedFile } from './planned-file.js';
import type { Rng } from './prng.js';
import type { BackgroundCard } from './scene.js';
import type { ResolvedSpec } from './shoot-spec.js';

export const FOREIGN_QR_PAYLOAD = 'https://www.example.org/events/summer-fair.html';
/** A poster URL whose last path segment is a word in the shape of a code: in blank-card mode it must not open a gallery. */
export const POSTER_URL_PAYLOAD = 'https://www.school-example.org/events';

export interface ShotExtra {
  poster?: string;
  backgroundCard?: BackgroundCard;
  noTime?: boolean;
  truncate?: boolean;
  card?: true;
  trap?: string;
}

export interface SegmentShots {
  spec: ResolvedSpec;
  segment: Segment;
  codes: string[];
  /** What a plain photo of this segment is: in its galleries, or held with its card's trouble. */
  photoExpected: Expected;
  /** Label of a plain photo of this segment (its card's role). */
  trap: string | undefined;
  clock: CameraClock;
  rng: Rng;
  shoot: (expected: Expected, extra: ShotExtra) => PlannedFile;
}

/** Photos from this one on, up to the next card, are held: the sorter cannot know what came between. */
interface Hold {
  expected: Expected;
  trap: string;
}

/** The photos after a segment's card, with the segment's photo traps among them. */
export function planPhotos({ spec, segment, codes, photoExpected, trap, clock, rng, shoot }: SegmentShots): void {
  const traps = segment.photoTraps;
  const [min, max] = spec.photosPerSubject;
  // Frames that need a neighbour of the same subject on both sides sit at 1 (no time) and then 2 (truncated).
  const noTimeAt = traps.includes('no-capture-time') ? 1 : -1;
  const truncatedAt = traps.includes('truncated') ? Math.max(noTimeAt, 0) + 1 : -1;
  // Never the first photo after the card: the pupil in the queue lifts their card while the subject poses.
  const backgroundAt = traps.includes('background-card') ? rng.int(1, 2) : -1;
  const setBackAt = segment.clockSetBack && segment.clockSetBack.afterPhotos > 0 ? segment.clockSetBack.afterPhotos : -1;
  const count = Math.max(rng.int(min, max), noTimeAt + 2, truncatedAt + 2, backgroundAt + 2, setBackAt + 1);
  const posterAt = traps.includes('poster-url') ? Math.max(0, count - 2) : -1;
  let hold: Hold | undefined;

  for (let i = 0; i < count; i += 1) {
    // Around a frame the sorter cannot place by time (no capture time, unreadable) the stream shows
    // one long pause over several frames; keep it under the 10-s floor of the missed-card gap rule.
    const besideGapTrap = [noTimeAt, truncatedAt].some((at) => at >= 0 && (i === at || i === at + 1));
    if (i > 0) clock.advance(besideGapTrap ? rng.int(1500, 3000) : rng.int(2000, 8000));
    if (i === setBackAt && segment.clockSetBack) {
      clock.setBack(segment.clockSetBack.seconds);
      hold = { expected: { kind: 'review', reason: 'clock-change' }, trap: 'clock-set-back' };
    }
    if (i === backgroundAt) hold = { expected: { kind: 'review', reason: 'background-card' }, trap: 'background-card' };
    const held = (otherwise: Expected, label: string | undefined): [Expected, ShotExtra] => [hold?.expected ?? otherwise, withTrap(hold?.trap ?? label)];
    const last = i === count - 1;

    if (i === backgroundAt) {
      // The frame shows a readable code: hidden like any card, wherever it ends up.
      shoot(...merge(held(photoExpected, trap), { card: true, backgroundCard: placeBackgroundCard(segment.backgroundPayload ?? '', 'photo', rng) }));
    } else if (i === noTimeAt) {
      shoot(...merge(held({ kind: 'review', reason: 'no-capture-time', alsoIn: codes }, 'no-capture-time'), { noTime: true }));
    } else if (i === truncatedAt) {
      shoot({ kind: 'error' }, { trap: 'truncated', truncate: true });
      // A frame the sorter could not read may have been a card: what follows it is held.
      hold = { expected: { kind: 'review', reason: 'unreadable-card' }, trap: 'truncated' };
    } else if (last && traps.includes('foreign-qr')) {
      shoot(...merge(held({ kind: 'review', reason: 'foreign-qr', alsoIn: codes }, 'foreign-qr'), { poster: FOREIGN_QR_PAYLOAD }));
    } else if (i === posterAt) {
      shoot(...merge(held({ kind: 'review', reason: 'foreign-qr', alsoIn: codes }, 'poster-url'), { poster: POSTER_URL_PAYLOAD }));
    } else if (last && traps.includes('bursts')) {
      clock.alignToSecond();
      for (let b = 0; b < 3; b += 1, clock.advance(300)) shoot(...held(photoExpected, 'bursts'));
    } else {
      shoot(...held(photoExpected, trap));
    }
  }
}

function withTrap(trap: string | undefined): ShotExtra {
  return trap === undefined ? {} : { trap };
}

function merge([expected, extra]: [Expected, ShotExtra], more: ShotExtra): [Expected, ShotExtra] {
  return [expected, { ...extra, ...more }];
}
