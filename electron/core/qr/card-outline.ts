import type { Blob, CellGrid } from './card-grid.js';

/**
 * A rectangle turned by an angle: `u` runs along its top edge (x when the angle is 0), `v` across it,
 * down. Extents are in cells; a cell (x, y) spans [x, x + 1) × [y, y + 1).
 */
export interface Outline {
  angle: number;
  cos: number;
  sin: number;
  u0: number;
  u1: number;
  v0: number;
  v1: number;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';
export const SIDES: readonly Side[] = ['top', 'bottom', 'left', 'right'];

/** Card edges are straight, so any tilt can be read off any of them; beyond 45° a side is just another side. */
const MAX_ANGLE = Math.PI / 4;
/** Estimates closer than this are one angle. */
const SAME_ANGLE = (1.5 * Math.PI) / 180;
/** An edge needs this many cells along it before its slope means anything. */
const MIN_EDGE_CELLS = 6;
/** Stray cells (a bright collar joined to the card) do not stretch the outline: this share is ignored at each end. */
const TRIM_FRACTION = 0.01;
/** Half-cell bins for the projections. */
const BINS_PER_CELL = 2;

/**
 * The tilts a blob's edges suggest: the median slope of its top, bottom, left and right boundaries, leaving out
 * cells on the frame's border (where the blob is cut, not edged). A card's long edges dominate the top and bottom
 * boundaries even at 30°; when one of them is cut by the frame, the others still give the angle.
 */
export function blobAngles(grid: CellGrid, blob: Blob): number[] {
  const { cols, rows } = grid;
  const top = new Float64Array(cols).fill(NaN);
  const bottom = new Float64Array(cols).fill(NaN);
  const left = new Float64Array(rows).fill(NaN);
  const right = new Float64Array(rows).fill(NaN);
  for (const i of blob) {
    const x = i % cols;
    const y = (i - x) / cols;
    if (!((top[x] ?? NaN) <= y)) top[x] = y;
    if (!((bottom[x] ?? NaN) >= y)) bottom[x] = y;
    if (!((left[y] ?? NaN) <= x)) left[y] = x;
    if (!((right[y] ?? NaN) >= x)) right[y] = x;
  }
  for (let x = 0; x < cols; x++) {
    if (top[x] === 0) top[x] = NaN;
    if (bottom[x] === rows - 1) bottom[x] = NaN;
  }
  for (let y = 0; y < rows; y++) {
    if (left[y] === 0) left[y] = NaN;
    if (right[y] === cols - 1) right[y] = NaN;
  }
  const angles: number[] = [];
  const add = (angle: number): void => {
    if (Math.abs(angle) <= MAX_ANGLE && !angles.some((a) => Math.abs(a - angle) < SAME_ANGLE)) angles.push(angle);
  };
  for (const edge of [top, bottom]) {
    const slope = medianSlope(edge);
    if (slope !== null) add(Math.atan(slope));
  }
  // A left or right edge gives dx/dy; the card's u axis is perpendicular to it.
  for (const edge of [left, right]) {
    const slope = medianSlope(edge);
    if (slope !== null) add(-Math.atan(slope));
  }
  return angles;
}

/** Median of the slopes between boundary points a quarter of the edge apart: a corner or a notch does not move it. */
function medianSlope(edge: Float64Array): number | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < edge.length; i++) {
    if (Number.isNaN(edge[i])) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0 || last - first < MIN_EDGE_CELLS) return null;
  const k = Math.max(3, Math.floor((last - first) / 4));
  const slopes: number[] = [];
  for (let i = first; i + k <= last; i++) {
    const a = edge[i] ?? NaN;
    const b = edge[i + k] ?? NaN;
    if (!Number.isNaN(a) && !Number.isNaN(b)) slopes.push((b - a) / k);
  }
  if (slopes.length < 4) return null;
  slopes.sort((a, b) => a - b);
  return slopes[slopes.length >> 1] ?? null;
}

/** The blob's extent along and across the angle, trimmed of stray cells. */
export function fitOutline(grid: CellGrid, blob: Blob, angle: number): Outline {
  const { cols, rows } = grid;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const offset = cols + rows + 2;
  const uBins = new Int32Array(2 * offset * BINS_PER_CELL);
  const vBins = new Int32Array(2 * offset * BINS_PER_CELL);
  for (const i of blob) {
    const x = (i % cols) + 0.5;
    const y = Math.floor(i / cols) + 0.5;
    const u = Math.floor((x * cos + y * sin + offset) * BINS_PER_CELL);
    const v = Math.floor((-x * sin + y * cos + offset) * BINS_PER_CELL);
    uBins[u] = (uBins[u] ?? 0) + 1;
    vBins[v] = (vBins[v] ?? 0) + 1;
  }
  const trim = Math.floor(blob.length * TRIM_FRACTION);
  const [u0, u1] = trimmedExtent(uBins, trim, offset);
  const [v0, v1] = trimmedExtent(vBins, trim, offset);
  return { angle, cos, sin, u0, u1, v0, v1 };
}

function trimmedExtent(bins: Int32Array, trim: number, offset: number): [number, number] {
  let lo = 0;
  for (let seen = 0; lo < bins.length - 1; lo++) {
    seen += bins[lo] ?? 0;
    if (seen > trim) break;
  }
  let hi = bins.length - 1;
  for (let seen = 0; hi > 0; hi--) {
    seen += bins[hi] ?? 0;
    if (seen > trim) break;
  }
  // Bins hold cell centres: the blob's edge lies half a cell further out.
  return [lo / BINS_PER_CELL - offset - 0.5, (hi + 1) / BINS_PER_CELL - offset + 0.5];
}

/** The outline turned by `delta` about its centre. */
export function turned(o: Outline, delta: number): Outline {
  const cu = (o.u0 + o.u1) / 2;
  const cv = (o.v0 + o.v1) / 2;
  const { x, y } = pointAt(o, cu, cv);
  const angle = o.angle + delta;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const u = x * cos + y * sin;
  const v = -x * sin + y * cos;
  const hu = (o.u1 - o.u0) / 2;
  const hv = (o.v1 - o.v0) / 2;
  return { angle, cos, sin, u0: u - hu, u1: u + hu, v0: v - hv, v1: v + hv };
}

/** Grid position of the outline point (u, v). */
export function pointAt(o: Outline, u: number, v: number): { x: number; y: number } {
  return { x: u * o.cos - v * o.sin, y: u * o.sin + v * o.cos };
}

/** Where a side lies: its v (top, bottom) or u (left, right). */
export function offsetOf(o: Outline, side: Side): number {
  return side === 'top' ? o.v0 : side === 'bottom' ? o.v1 : side === 'left' ? o.u0 : o.u1;
}

export function setOffset(o: Outline, side: Side, offset: number): void {
  if (side === 'top') o.v0 = offset;
  else if (side === 'bottom') o.v1 = offset;
  else if (side === 'left') o.u0 = offset;
  else o.u1 = offset;
}

/** Whether two outlines are the same within a cell and a degree or so: tested once. */
export function sameOutline(a: Outline, b: Outline): boolean {
  return (
    Math.abs(a.angle - b.angle) < SAME_ANGLE &&
    Math.abs(a.u0 - b.u0) <= 1.5 &&
    Math.abs(a.u1 - b.u1) <= 1.5 &&
    Math.abs(a.v0 - b.v0) <= 1.5 &&
    Math.abs(a.v1 - b.v1) <= 1.5
  );
}
