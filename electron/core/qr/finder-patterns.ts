import type { BitFrame } from './binarize-local.js';

export interface FinderPattern {
  x: number;
  y: number;
  moduleSize: number;
  /** How many scan rows confirmed this pattern. */
  hits: number;
}

type Runs = [number, number, number, number, number];

/**
 * A finder pattern stands for a symbol on its own when its modules are at least this share of the frame's long
 * edge: the smallest card held up (0.6 of the usual hold, a URL's 29-module symbol) has 0.005, a card in the
 * background 0.002 (design §2.3: no card), and the few patterns ordinary photos draw come from finer texture.
 */
const LONE_MIN_MODULE = 0.003;
/**
 * ...and when it was confirmed on at least a third of the scan lines through its 3-module centre (and on three):
 * blur or tilt lose a few of them, while a chance 1:1:3:1:1 in a photo holds on one or two lines.
 */
const LONE_HITS_PER_MODULE = 1;
const LONE_MIN_HITS = 3;

/**
 * Locates QR finder patterns (dark:light:dark:light:dark runs of 1:1:3:1:1 modules), the
 * way ZXing's FinderPatternFinder does: a row hit must survive a vertical, a second
 * horizontal and a diagonal cross-check, which is what keeps stripes, text and foliage
 * in ordinary photos from passing.
 */
export function findFinderPatterns(frame: BitFrame): FinderPattern[] {
  const found: FinderPattern[] = [];
  const runs: Runs = [0, 0, 0, 0, 0];
  for (let y = 0; y < frame.height; y++) {
    const row = y * frame.width;
    let runStart = 0;
    const starts: number[] = [];
    const lengths: number[] = [];
    for (let x = 1; x <= frame.width; x++) {
      if (x === frame.width || frame.bits[row + x] !== frame.bits[row + x - 1]) {
        starts.push(runStart);
        lengths.push(x - runStart);
        runStart = x;
      }
    }
    const firstDark = frame.bits[row] === 1 ? 0 : 1;
    for (let i = firstDark; i + 4 < lengths.length; i += 2) {
      for (let k = 0; k < 5; k++) runs[k] = lengths[i + k] ?? 0;
      if (!hasFinderRatios(runs)) continue;
      const centreX = (starts[i + 2] ?? 0) + (lengths[i + 2] ?? 0) / 2;
      const candidate = confirmPattern(frame, centreX, y + 0.5, sum(runs));
      if (candidate) mergeInto(found, candidate);
    }
  }
  return found;
}

/**
 * The patterns that, found where no symbol was read, show a QR symbol on a card held up: the one finder pattern
 * left when glare covers the other two, or the two a hot spot leaves (design §2.5).
 */
export function loneFinderPatterns(patterns: readonly FinderPattern[], longEdge: number): FinderPattern[] {
  return patterns.filter((p) => p.moduleSize >= LONE_MIN_MODULE * longEdge && p.hits >= Math.max(LONE_MIN_HITS, LONE_HITS_PER_MODULE * p.moduleSize));
}

function confirmPattern(frame: BitFrame, x: number, y: number, rowTotal: number): FinderPattern | null {
  const vertical = crossCheck(frame, x, y, 0, 1, rowTotal);
  if (!vertical) return null;
  const horizontal = crossCheck(frame, x, vertical.centre.y, 1, 0, vertical.total);
  if (!horizontal) return null;
  const centre = { x: horizontal.centre.x, y: vertical.centre.y };
  if (!crossCheck(frame, centre.x, centre.y, 1, 1, horizontal.total)) return null;
  return { ...centre, moduleSize: (vertical.total + horizontal.total) / 14, hits: 1 };
}

/**
 * Walks through (x, y) along ±(dx, dy) collecting the five runs; accepts them when they
 * have finder ratios and a total length within 40% of the scan that led here (a finder
 * pattern is square, a stripe is not).
 */
function crossCheck(
  frame: BitFrame,
  x: number,
  y: number,
  dx: number,
  dy: number,
  expectedTotal: number,
): { centre: { x: number; y: number }; total: number } | null {
  const cx = Math.floor(x);
  const cy = Math.floor(y);
  const maxRun = expectedTotal;
  const isDark = (step: number): boolean | null => {
    const px = cx + step * dx;
    const py = cy + step * dy;
    if (px < 0 || py < 0 || px >= frame.width || py >= frame.height) return null;
    return frame.bits[py * frame.width + px] === 1;
  };
  const runs: Runs = [0, 0, 0, 0, 0];
  let step = 0;
  for (const [slot, dark] of [[2, true], [1, false], [0, true]] as const) {
    while (isDark(-step) === dark && runs[slot] <= maxRun) {
      runs[slot]++;
      step++;
    }
    if (runs[slot] === 0 || runs[slot] > maxRun) return null;
  }
  step = 1;
  for (const [slot, dark] of [[2, true], [3, false], [4, true]] as const) {
    while (isDark(step) === dark && runs[slot] <= maxRun) {
      runs[slot]++;
      step++;
    }
    if (runs[slot] === 0 || runs[slot] > maxRun) return null;
  }
  const total = sum(runs) * (dx !== 0 && dy !== 0 ? Math.SQRT2 : 1);
  if (Math.abs(total - expectedTotal) * 5 >= 2 * expectedTotal) return null;
  if (!hasFinderRatios(runs)) return null;
  const centreStep = step - runs[4] - runs[3] - runs[2] / 2;
  return { centre: { x: cx + 0.5 + centreStep * dx, y: cy + 0.5 + centreStep * dy }, total };
}

function hasFinderRatios(runs: Runs): boolean {
  const total = sum(runs);
  if (total < 7) return false;
  const module = total / 7;
  const tolerance = module / 2;
  return (
    Math.abs(module - runs[0]) < tolerance &&
    Math.abs(module - runs[1]) < tolerance &&
    Math.abs(3 * module - runs[2]) < 3 * tolerance &&
    Math.abs(module - runs[3]) < tolerance &&
    Math.abs(module - runs[4]) < tolerance
  );
}

function mergeInto(found: FinderPattern[], candidate: FinderPattern): void {
  for (const existing of found) {
    const near =
      Math.abs(existing.x - candidate.x) <= existing.moduleSize * 1.5 &&
      Math.abs(existing.y - candidate.y) <= existing.moduleSize * 1.5;
    const sameSize = Math.abs(existing.moduleSize - candidate.moduleSize) <= Math.max(1, existing.moduleSize * 0.4);
    if (near && sameSize) {
      const n = existing.hits;
      existing.x = (existing.x * n + candidate.x) / (n + 1);
      existing.y = (existing.y * n + candidate.y) / (n + 1);
      existing.moduleSize = (existing.moduleSize * n + candidate.moduleSize) / (n + 1);
      existing.hits = n + 1;
      return;
    }
  }
  found.push(candidate);
}

function sum(runs: Runs): number {
  return runs[0] + runs[1] + runs[2] + runs[3] + runs[4];
}
