import { meanAt, type CellGrid } from './card-grid.js';
import { offsetOf, setOffset, turned, type Outline, type Side } from './card-outline.js';

/**
 * An edge of the card is a step from brighter inside to darker outside. Against a white shirt the step is small
 * (paper and glare at 240–255 over cloth at 230: 4–10 %), and a lens's vignette darkens a frame smoothly towards
 * its corners, by up to about 4 % over the two cells between the samples: a step counts from 3.5 % plus two levels.
 */
const STEP_RATIO = 0.035;
const STEP_MIN = 2;
/** Inside and outside are sampled this many cells either side of the edge. */
const GAP = 1;
/** A side is looked for this many cells either side of where the blob ends, in half cells. */
const SNAP = 3;
/** Share of the samples along a side at which the step must hold. */
const HOLD_FRACTION = 0.7;
/**
 * ...and of each quarter of it: a shoulder's curve holds along its flat middle only. A left or right side may
 * have one weak quarter, where the pupil's thumb covers the card's edge.
 */
const QUARTER_FRACTION = 0.5;
/** A side is judged on its part inside the frame, if that is at least this share of it (and six samples). */
const MIN_VISIBLE_FRACTION = 0.3;
const MIN_SIDE_SAMPLES = 6;
/** Samples along a side at most (a cell apart on shorter ones): enough to see a curve, cheap enough for every photo. */
const MAX_SAMPLES = 40;
/** The card's rounded corners are left out of a side's samples. */
const END_MARGIN = 0.06;
/** The outline is turned by up to this much, in steps of half of it, when the blob gave its angle only roughly. */
const TURN = (1.5 * Math.PI) / 180;
/** Worth turning for: a long side that already holds along a good part of its length. */
const TURN_FROM = 0.35;
/** A corner is judged on the 3 × 3 cells one to three cells inside it, five of which must be card. */
const CORNER_CELLS = 3;
const MIN_CORNER_CELLS = 5;

export interface SideFit {
  found: boolean;
  /** The farthest position at which the side is still inside the frame: where a side that was not found lies at most. */
  reach: number;
}

interface Evidence {
  /** Samples inside the frame; 0 when too few are. */
  samples: number;
  /** Share of the samples whose inside is bright enough for the card. */
  bright: number;
  /** Share of the samples at which the step holds; 0 when a quarter of the side fails. */
  fraction: number;
  /** That share, quarters or not. */
  raw: number;
  /** Mean relative step: of two places where the step holds, the edge lies where it is larger. */
  contrast: number;
}

/** Counts per quarter of a side, reused (the check runs synchronously, one side at a time). */
const quarterSamples = new Int32Array(4);
const quarterHolding = new Int32Array(4);

/**
 * A thin printed band along a card's top edge, or one that glare has half washed out, leaves the blob's boundary
 * a cell off the edge and the angle read from it a degree off: enough, along a long side, to miss a step one cell
 * wide. Turns the outline about its centre to where its top or bottom side holds best; says whether it did.
 */
export function straighten(grid: CellGrid, o: Outline, floor: number): boolean {
  const score = (t: Outline): number => Math.max(nearestHold(grid, t, 'top', floor), nearestHold(grid, t, 'bottom', floor));
  let best = score(o);
  if (best >= HOLD_FRACTION || best < TURN_FROM) return false;
  let bestOutline = o;
  for (const delta of [-TURN / 2, TURN / 2, -TURN, TURN]) {
    const t = turned(o, delta);
    const s = score(t);
    if (s > best + 0.02) {
      best = s;
      bestOutline = t;
    }
  }
  Object.assign(o, bestOutline);
  return bestOutline !== o;
}

/** The largest share at which a side holds within SNAP cells of where it is, quarters or not. */
function nearestHold(grid: CellGrid, o: Outline, side: Side, floor: number): number {
  const base = offsetOf(o, side);
  let best = 0;
  for (let d = -SNAP; d <= SNAP; d += 0.5) best = Math.max(best, sideEvidence(grid, o, side, base + d, floor).raw);
  return best;
}

/**
 * Moves a side to where the step edge holds best within SNAP cells of where it is, in half cells (whole cells
 * first and then the halves beside the best missed a step one cell wide); a side not found stays where it was.
 */
export function snapSide(grid: CellGrid, o: Outline, side: Side, floor: number): boolean {
  const base = offsetOf(o, side);
  const search = searchSide(grid, o, side, floor, base);
  for (let d = -SNAP; d <= SNAP; d += 0.5) search.consider(base + d);
  const { found, offset } = search.best();
  setOffset(o, side, found ? offset : base);
  return found;
}

/**
 * Looks for a side farther out than where the blob ends (it stopped where the vignette darkened the card below
 * its level), while what the side passes over could still be the card. Returns whether it was found, and how far
 * out it could lie inside the frame: where the card may run off it.
 */
export function reachSide(grid: CellGrid, o: Outline, side: Side, floor: number): SideFit {
  const base = offsetOf(o, side);
  const outward = side === 'top' || side === 'left' ? -1 : 1;
  const search = searchSide(grid, o, side, floor, base);
  let reach = base + outward * SNAP;
  let onEdge = false;
  for (let d = SNAP + 1; ; d += 1) {
    const e = search.consider(base + outward * d);
    if (e.samples === 0 || e.bright < 0.5) break;
    reach = base + outward * d;
    if (e.fraction >= HOLD_FRACTION) onEdge = true;
    else if (onEdge) break;
  }
  const { found, offset } = search.best();
  if (found) setOffset(o, side, offset);
  return { found, reach };
}

/** The best of the positions considered for a side: where the step holds at the largest share, then where it is largest. */
function searchSide(grid: CellGrid, o: Outline, side: Side, floor: number, start: number) {
  let best: Evidence | null = null;
  let bestOffset = start;
  return {
    consider(offset: number): Evidence {
      const e = sideEvidence(grid, o, side, offset, floor);
      if (e.samples > 0 && (!best || e.fraction > best.fraction + 0.02 || (e.fraction > best.fraction - 0.02 && e.contrast > best.contrast))) {
        best = { ...e, fraction: Math.max(best?.fraction ?? 0, e.fraction) };
        bestOffset = offset;
      }
      return e;
    },
    best: (): { found: boolean; offset: number } => ({ found: best !== null && best.fraction >= HOLD_FRACTION, offset: bestOffset }),
  };
}

/**
 * Compares the grid just inside and just outside the side at `offset`, along its length (corners left out).
 * Samples reaching outside the frame are skipped.
 */
function sideEvidence(grid: CellGrid, o: Outline, side: Side, offset: number, floor: number): Evidence {
  const along = side === 'top' || side === 'bottom';
  const [t0, t1] = along ? [o.u0, o.u1] : [o.v0, o.v1];
  const inward = side === 'top' || side === 'left' ? 1 : -1;
  // Inward normal: +v for the top side, +u for the left one.
  const nx = (along ? -o.sin : o.cos) * inward * GAP;
  const ny = (along ? o.cos : o.sin) * inward * GAP;
  const margin = Math.max(1, (t1 - t0) * END_MARGIN);
  const quarter = Math.max(1e-9, (t1 - t0 - 2 * margin) / 4);
  const stride = Math.max(1, (t1 - t0) / MAX_SAMPLES);
  quarterSamples.fill(0);
  quarterHolding.fill(0);
  let samples = 0;
  let bright = 0;
  let holding = 0;
  let contrast = 0;
  for (let t = t0 + margin; t <= t1 - margin; t += stride) {
    const u = along ? t : offset;
    const v = along ? offset : t;
    const x = u * o.cos - v * o.sin;
    const y = u * o.sin + v * o.cos;
    const inner = meanAt(grid, x + nx, y + ny);
    const outer = meanAt(grid, x - nx, y - ny);
    if (inner < 0 || outer < 0) continue;
    const q = Math.min(3, Math.floor((t - t0 - margin) / quarter));
    samples++;
    quarterSamples[q] = (quarterSamples[q] ?? 0) + 1;
    if (inner < floor) continue;
    bright++;
    contrast += (inner - outer) / (inner + 1);
    if (inner >= outer * (1 + STEP_RATIO) + STEP_MIN) {
      holding++;
      quarterHolding[q] = (quarterHolding[q] ?? 0) + 1;
    }
  }
  if (samples < Math.max(MIN_SIDE_SAMPLES, ((t1 - t0) / stride) * MIN_VISIBLE_FRACTION)) {
    return { samples: 0, bright: 0, fraction: 0, raw: 0, contrast: 0 };
  }
  let weakQuarters = 0;
  for (let q = 0; q < 4; q++) {
    const n = quarterSamples[q] ?? 0;
    if (n > 0 && (quarterHolding[q] ?? 0) < QUARTER_FRACTION * n) weakQuarters++;
  }
  const raw = holding / samples;
  return { samples, bright: bright / samples, fraction: weakQuarters > (along ? 0 : 1) ? 0 : raw, raw, contrast: contrast / samples };
}

/**
 * A card's corner is square (rounded by a cell or two): most of the cells just inside it are card, brighter than
 * those just outside it diagonally. Where a shoulder rounds the top of a white shirt, they are backdrop. Five of
 * the nine suffice: the end of a printed band may reach in. Null when a block reaches outside the frame.
 */
export function cornerHolds(grid: CellGrid, o: Outline, vertical: 'top' | 'bottom', lateral: 'left' | 'right', floor: number): boolean | null {
  const u = lateral === 'left' ? o.u0 : o.u1;
  const v = vertical === 'top' ? o.v0 : o.v1;
  const su = lateral === 'left' ? 1 : -1;
  const sv = vertical === 'top' ? 1 : -1;
  const at = (pu: number, pv: number): number => meanAt(grid, pu * o.cos - pv * o.sin, pu * o.sin + pv * o.cos);
  let outside = 0;
  for (let a = 1; a <= CORNER_CELLS; a++) {
    for (let b = 1; b <= CORNER_CELLS; b++) {
      const outer = at(u - su * a, v - sv * b);
      if (outer < 0) return null;
      outside += outer / (CORNER_CELLS * CORNER_CELLS);
    }
  }
  let card = 0;
  for (let a = 1; a <= CORNER_CELLS; a++) {
    for (let b = 1; b <= CORNER_CELLS; b++) {
      const inner = at(u + su * a, v + sv * b);
      if (inner < 0) return null;
      if (inner >= floor && inner >= outside + STEP_MIN) card++;
    }
  }
  return card >= MIN_CORNER_CELLS;
}
