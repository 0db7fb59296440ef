import { fileCounterOf, folderOf } from './file-counter.js';
import { groupBy } from './group-by.js';

interface Named {
  id: number;
  path: string;
}

/** DCF counters run 0001–9999 and then start again at 0001. */
export const COUNTER_WRAP = 10_000;
/** A jump from at least this counter ... */
export const WRAP_HIGH = 9_000;
/** ... down to at most this one is a wrap, not a reset or a gap from deleted files. */
export const WRAP_LOW = 1_000;

/**
 * Photos in the order their camera wrote them, read from file names alone: folder by folder, then
 * by file counter, then by path. Used only where there is no capture time to go by.
 */
export function orderByFileName<T extends Named>(photos: readonly T[]): T[] {
  const byFolder = groupBy(photos, (photo) => folderOf(photo.path));
  return [...byFolder.keys()].sort(compareText).flatMap((folder) => orderByCounter(byFolder.get(folder) ?? []));
}

/** Photos by file counter alone, a wrap from 9999 to 0001 included, then by path. */
export function orderByCounter<T extends Named>(photos: readonly T[]): T[] {
  const counters = new Map(photos.map((photo) => [photo.id, fileCounterOf(photo.path)]));
  const wrapAfter = wrapPointOf([...counters.values()].filter((c): c is number => c !== null));
  const keyOf = (photo: T): number => {
    const counter = counters.get(photo.id) ?? null;
    if (counter === null) return Number.POSITIVE_INFINITY;
    return wrapAfter !== null && counter <= wrapAfter ? counter + COUNTER_WRAP : counter;
  };
  return [...photos].sort((a, b) => keyOf(a) - keyOf(b) || compareText(a.path, b.path) || a.id - b.id);
}

/**
 * Where a folder's counters wrapped, without times to tell: counters sit on a circle, and the
 * camera started writing just after the widest empty stretch. Returns the last counter before the
 * wrap (those at or below it came later), or null when the widest stretch is the one across 9999.
 */
function wrapPointOf(counters: number[]): number | null {
  const sorted = [...new Set(counters)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined || first > WRAP_LOW || last < WRAP_HIGH || last >= COUNTER_WRAP) return null;
  let widest = first + COUNTER_WRAP - last;
  let wrapAfter: number | null = null;
  for (let i = 1; i < sorted.length; i += 1) {
    const below = sorted[i - 1] ?? 0;
    const gap = (sorted[i] ?? 0) - below;
    if (gap > widest) {
      widest = gap;
      wrapAfter = below;
    }
  }
  return wrapAfter !== null && wrapAfter <= WRAP_LOW ? wrapAfter : null;
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
