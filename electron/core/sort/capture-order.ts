import { fileCounterOf } from './file-counter.js';
import { COUNTER_WRAP, WRAP_HIGH, WRAP_LOW, compareText } from './file-order.js';
import type { SortPhoto } from './sort-types.js';

type Timed = SortPhoto & { capturedAt: number };

/**
 * One camera's timed photos in shooting order: capture time (ms, with sub-seconds), then the file
 * counter, then the path. Counters only break ties between photos of the same instant (bursts,
 * cameras without sub-seconds), so the one wrap that matters is a 9999 → 0001 inside such a tie:
 * a high and a low counter cannot share an instant unless the counter wrapped there, so the low
 * ones came after. Wraps between instants need no counting: time already orders those.
 */
export function orderByCaptureTime(photos: readonly Timed[]): Timed[] {
  const byTime = [...photos].sort((a, b) => a.capturedAt - b.capturedAt || a.id - b.id);
  const ordered: Timed[] = [];
  let start = 0;
  while (start < byTime.length) {
    let end = start + 1;
    while (end < byTime.length && byTime[end]?.capturedAt === byTime[start]?.capturedAt) end += 1;
    ordered.push(...orderInstant(byTime.slice(start, end)));
    start = end;
  }
  return ordered;
}

function orderInstant(photos: Timed[]): Timed[] {
  if (photos.length < 2) return photos;
  const counters = new Map(photos.map((photo) => [photo.id, fileCounterOf(photo.path)]));
  const values = [...counters.values()].filter((c): c is number => c !== null && c < COUNTER_WRAP);
  const wrapped = values.some((c) => c >= WRAP_HIGH) && values.some((c) => c <= WRAP_LOW);
  const keyOf = (photo: Timed): number => {
    const counter = counters.get(photo.id) ?? null;
    if (counter === null) return Number.POSITIVE_INFINITY;
    return wrapped && counter <= WRAP_LOW ? counter + COUNTER_WRAP : counter;
  };
  return photos.sort((a, b) => keyOf(a) - keyOf(b) || compareText(a.path, b.path) || a.id - b.id);
}
