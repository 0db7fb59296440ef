import { dcfCounterOf, folderOf } from './file-counter.js';
import { COUNTER_WRAP, orderByCounter, orderByFileName } from './file-order.js';
import type { SortPhoto } from './sort-types.js';

type Timed = SortPhoto & { capturedAt: number };

/** More backward steps of the clock than this, in file-counter order, are no clock change but two cameras. */
const MAX_CLOCK_CHANGES = 3;
/**
 * A camera numbers every frame it takes; a jump of more than this between two photos means frames
 * that are not here (deleted in the camera, not copied) or another camera's numbers.
 */
const MAX_COUNTER_SKIP = 100;

/**
 * A place in the stream where the pause before `photo` is unknown: the clock went back (`photo` was
 * taken after `before`, at an earlier time), or the file counter skipped far ahead.
 */
export interface UnknownPause {
  cause: 'clock-back' | 'counter-skip';
  before: SortPhoto;
  photo: SortPhoto;
  /** How far the clock went back, for 'clock-back'. */
  backMs: number;
}

/** Evidence that two bodies' photos share the stream: `later` was taken after `earlier` but numbered as if before. */
export interface MixedCameras {
  earlier: SortPhoto;
  later: SortPhoto;
  sameNumber: boolean;
}

export interface CounterCheck {
  order: Timed[];
  pauses: UnknownPause[];
  /** Set when neither capture time nor file counter gives one camera's order: nothing in it may be split. */
  mixed: MixedCameras | null;
}

/**
 * One camera's photos in the order its file counter gives, checked against their capture times
 * (design §2.2). A camera numbers its files as it takes them, so where the two disagree (a clock set
 * back mid-shoot, a daylight-saving change) the counter is the true order, and the pause at each
 * place the clock went back is unknown. When the counter cannot be trusted either (one number at two
 * times in one folder, or time going back and forth in counter order, as when two bodies of one
 * model were copied into one folder), the stream is mixed. Only cameras' own file names (DCF) are
 * read: a renamed file's number means nothing, and such a stream keeps its capture-time order.
 */
export function checkCounterOrder(byTime: Timed[]): CounterCheck {
  // Each photo's counter and folder, read from its path once: the checks below ask for them again and again.
  const counters = new Map(byTime.map((photo) => [photo.id, dcfCounterOf(photo.path)]));
  if ([...counters.values()].some((counter) => counter === null)) return { order: byTime, pauses: [], mixed: null };
  const folders = new Map(byTime.map((photo) => [photo.id, folderOf(photo.path)]));
  const counterOf = (photo: Timed): number => counters.get(photo.id) ?? 0;
  const folder = (photo: Timed): string => folders.get(photo.id) ?? '';
  // One number per folder and counter (a DCF counter has four digits).
  const folderNumbers = new Map([...new Set(folders.values())].map((name, index) => [name, index]));
  const collision = sameNumberAtTwoTimes(byTime, (photo) => (folderNumbers.get(folder(photo)) ?? 0) * COUNTER_WRAP + counterOf(photo));
  if (collision !== null) return { order: byTime, pauses: [], mixed: { ...collision, sameNumber: true } };

  // Counters run on across a card's folders; only a reset (one number in two folders) makes the folders count.
  const acrossFolders = sameNumberAtTwoTimes(byTime, counterOf) === null;
  const order = acrossFolders ? orderByCounter(byTime) : orderByFileName(byTime);
  const pauses: UnknownPause[] = [];
  for (let i = 1; i < order.length; i += 1) {
    const before = order[i - 1] as Timed;
    const photo = order[i] as Timed;
    if (photo.capturedAt < before.capturedAt) {
      pauses.push({ cause: 'clock-back', before, photo, backMs: before.capturedAt - photo.capturedAt });
    } else if ((acrossFolders || folder(before) === folder(photo)) && counterStep(counterOf(before), counterOf(photo)) > MAX_COUNTER_SKIP) {
      pauses.push({ cause: 'counter-skip', before, photo, backMs: 0 });
    }
  }
  const clockBacks = pauses.filter((pause) => pause.cause === 'clock-back');
  if (clockBacks.length > MAX_CLOCK_CHANGES) {
    const first = clockBacks[0] as UnknownPause;
    return { order: byTime, pauses: [], mixed: { earlier: first.photo, later: first.before, sameNumber: false } };
  }
  return { order, pauses, mixed: null };
}

/** How far the counter went on from one photo to the next, a wrap from 9999 to 0001 included. */
function counterStep(before: number, after: number): number {
  const step = after - before;
  return step >= 0 ? step : step + COUNTER_WRAP - 1;
}

/**
 * Two photos with one number taken at different times: no single camera writes that. (An edited copy
 * saved beside its original keeps its number and its capture time, and is no evidence.)
 */
function sameNumberAtTwoTimes(photos: readonly Timed[], keyOf: (photo: Timed) => number): { earlier: SortPhoto; later: SortPhoto } | null {
  const seen = new Map<number, Timed>();
  for (const photo of photos) {
    const key = keyOf(photo);
    const earlier = seen.get(key);
    if (earlier !== undefined && earlier.capturedAt !== photo.capturedAt) return { earlier, later: photo };
    if (earlier === undefined) seen.set(key, photo);
  }
  return null;
}
