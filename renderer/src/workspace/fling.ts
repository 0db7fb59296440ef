/**
 * Faster than a screen in this time is a fling (a dragged scroll bar, a flicked wheel or trackpad):
 * what passes by is not looked at. A wheel turned step by step stays below it.
 */
const SCREEN_MS = 250;

/** Whether a scroll step of `distancePx` in `elapsedMs` moved faster than a screen in SCREEN_MS. */
export function isFling(distancePx: number, elapsedMs: number, screenPx: number): boolean {
  if (screenPx <= 0 || distancePx === 0) return false;
  return distancePx / Math.max(elapsedMs, 1) > screenPx / SCREEN_MS;
}
