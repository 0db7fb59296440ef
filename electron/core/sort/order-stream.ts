import { orderByCaptureTime } from './capture-order.js';
import { checkCounterOrder, type MixedCameras, type UnknownPause } from './counter-order.js';
import { folderOf } from './file-counter.js';
import { orderByFileName } from './file-order.js';
import { groupBy } from './group-by.js';
import type { SortPhoto } from './sort-types.js';

/** A photo without capture time, placed among the timed ones of its folder by its file name. */
export interface Placement {
  /** The timed photo of the same folder just before it by file name: it is placed right after this one. */
  previous: SortPhoto | null;
  /** The timed photo of the same folder just after it by file name. */
  next: SortPhoto | null;
}

export interface StreamEntry {
  photo: SortPhoto;
  /** Set for a photo without capture time placed in a timed stream: its position is a guess. */
  placed: Placement | null;
  /** Set where the pause before this photo is unknown (the clock went back, the counter skipped far). */
  pause: UnknownPause | null;
}

export interface OrderedStream {
  cameraKey: string;
  /** No photo of the stream has a capture time: its order comes from file names alone. */
  byFileName: boolean;
  /** Set when neither capture time nor file counter gives one camera's order: nothing in it may be split. */
  mixed: MixedCameras | null;
  entries: StreamEntry[];
  /** Each photo's index in `entries`, by id. */
  positions: ReadonlyMap<number, number>;
}

/**
 * One camera's photos in shooting order. Timed photos go by capture time, unless the file counter
 * says the clock went back (see counter-order.ts); a photo without one is placed right after the
 * timed photo of its folder that precedes it by file name. Folders with no timed photo at all have
 * nothing to be placed against: they form a second stream of the camera, ordered by folder and file
 * counter.
 */
export function orderStream(cameraKey: string, photos: readonly SortPhoto[]): OrderedStream[] {
  const timed = photos.filter((p): p is SortPhoto & { capturedAt: number } => p.capturedAt !== null);
  const timedFolders = new Set(timed.map((photo) => folderOf(photo.path)));
  const untimed = photos.filter((photo) => photo.capturedAt === null);
  const amongTimed = untimed.filter((photo) => timedFolders.has(folderOf(photo.path)));
  const alone = untimed.filter((photo) => !timedFolders.has(folderOf(photo.path)));

  const streams: OrderedStream[] = [];
  if (timed.length > 0) {
    const { order, pauses, mixed } = checkCounterOrder(orderByCaptureTime(timed));
    const pauseBefore = new Map(pauses.map((pause) => [pause.photo.id, pause]));
    const entries = placeUntimed(order, amongTimed);
    for (const entry of entries) entry.pause = pauseBefore.get(entry.photo.id) ?? null;
    streams.push({ cameraKey, byFileName: false, mixed, entries, positions: positionsOf(entries) });
  }
  if (alone.length > 0) {
    const entries = orderByFileName(alone).map((photo): StreamEntry => ({ photo, placed: null, pause: null }));
    streams.push({ cameraKey, byFileName: true, mixed: null, entries, positions: positionsOf(entries) });
  }
  return streams;
}

function positionsOf(entries: readonly StreamEntry[]): Map<number, number> {
  return new Map(entries.map((entry, index) => [entry.photo.id, index]));
}

function placeUntimed(timedInOrder: readonly SortPhoto[], untimed: readonly SortPhoto[]): StreamEntry[] {
  // Keyed by the timed photo they sit next to: after it, or before it when nothing timed precedes them.
  const followers = new Map<number, StreamEntry[]>();
  const leaders = new Map<number, StreamEntry[]>();
  const untimedFolders = new Set(untimed.map((photo) => folderOf(photo.path)));
  const related = [...timedInOrder.filter((photo) => untimedFolders.has(folderOf(photo.path))), ...untimed];
  for (const inFolder of groupBy(related, (photo) => folderOf(photo.path)).values()) {
    let lastTimed: SortPhoto | null = null;
    let open: StreamEntry[] = [];
    const close = (next: SortPhoto | null): void => {
      for (const entry of open) if (entry.placed) entry.placed.next = next;
      if (open.length > 0) {
        if (lastTimed !== null) followers.set(lastTimed.id, open);
        else if (next !== null) leaders.set(next.id, open);
      }
      open = [];
    };
    for (const photo of orderByFileName(inFolder)) {
      if (photo.capturedAt === null) {
        open.push({ photo, placed: { previous: lastTimed, next: null }, pause: null });
      } else {
        close(photo);
        lastTimed = photo;
      }
    }
    close(null);
  }
  return timedInOrder.flatMap((photo) => [...(leaders.get(photo.id) ?? []), { photo, placed: null, pause: null }, ...(followers.get(photo.id) ?? [])]);
}
