import { describe, expect, it } from 'vitest';
import { isFling } from '../../../renderer/src/workspace/fling.js';

describe('isFling', () => {
  // A 700 px grid: a fling moves it more than a screen in a quarter of a second (2.8 px/ms).
  const cases: [what: string, distancePx: number, elapsedMs: number, screenPx: number, fling: boolean][] = [
    ['a wheel step, smoothed over 100 ms', 100, 100, 700, false],
    ['a page down, smoothed over 300 ms', 700, 300, 700, false],
    ['a trackpad flick, a third of a screen a frame', 233, 16.7, 700, true],
    ['the scroll bar dragged from top to bottom in one step', 800_000, 16.7, 700, true],
    ['just under a screen in 250 ms', 699, 250, 700, false],
    ['just over', 701, 250, 700, true],
    ['two scroll events in the same millisecond', 40, 0, 700, true],
    ['no movement', 0, 16.7, 700, false],
    ['a grid with no height yet', 100, 16.7, 0, false],
  ];
  it.each(cases)('%s', (_what, distancePx, elapsedMs, screenPx, fling) => {
    expect(isFling(distancePx, elapsedMs, screenPx)).toBe(fling);
  });
});
