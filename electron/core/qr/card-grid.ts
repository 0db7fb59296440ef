import type { GreyFrame } from './qr-types.js';

/** Mean and range (max − min) of luminance per square cell of a frame, row-major. */
export interface CellGrid {
  mean: Float32Array;
  /** UNMEASURED until first asked for (isPlain), for cells darker than any blob is cut at. */
  range: Uint16Array;
  cols: number;
  rows: number;
  frame: GreyFrame;
  cell: number;
}

/** No cell's range: ranges run from 0 to 255. */
const UNMEASURED = 256;

/** A 4-connected set of cells, as indices into the grid. */
export type Blob = Int32Array;

/**
 * Paper is flat: a cell of about 4 × 4 px of the 640-px frame whose levels spread more holds detail (sensor
 * grain, JPEG ringing and glare gradients stay well below).
 */
export const MAX_CELL_RANGE = 24;

/**
 * Means in one pass over the pixels, row by row; ranges in a second look at the cells no darker than `rangeFrom`,
 * those blobs may hold, and at others only when asked. Together most of the cost of isCardLike.
 */
export function measureCells(frame: GreyFrame, cellsLongEdge: number, minCell: number, rangeFrom: number): CellGrid {
  const cell = Math.max(minCell, Math.floor(Math.max(frame.width, frame.height) / cellsLongEdge));
  const cols = Math.floor(frame.width / cell);
  const rows = Math.floor(frame.height / cell);
  const mean = new Float32Array(cols * rows);
  const range = new Uint16Array(cols * rows).fill(UNMEASURED);
  const sums = new Uint32Array(cols);
  const { data, width } = frame;
  for (let cy = 0; cy < rows; cy++) {
    sums.fill(0);
    for (let y = cy * cell; y < (cy + 1) * cell; y++) {
      let x = y * width;
      for (let cx = 0; cx < cols; cx++) {
        let sum = 0;
        for (const end = x + cell; x < end; x++) sum += data[x] ?? 0;
        sums[cx] = (sums[cx] ?? 0) + sum;
      }
    }
    for (let cx = 0; cx < cols; cx++) {
      const i = cy * cols + cx;
      mean[i] = (sums[cx] ?? 0) / (cell * cell);
      if ((mean[i] ?? 0) >= rangeFrom) range[i] = cellRange(frame, cx * cell, cy * cell, cell);
    }
  }
  return { mean, range, cols, rows, frame, cell };
}

function cellRange({ data, width }: GreyFrame, x0: number, y0: number, cell: number): number {
  let lo = 255;
  let hi = 0;
  for (let y = y0; y < y0 + cell; y++) {
    const start = y * width + x0;
    for (let x = start; x < start + cell; x++) {
      const v = data[x] ?? 0;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return hi - lo;
}

export function isPlain(grid: CellGrid, i: number): boolean {
  let range = grid.range[i] ?? 0;
  if (range === UNMEASURED) {
    const x = i % grid.cols;
    range = cellRange(grid.frame, x * grid.cell, ((i - x) / grid.cols) * grid.cell, grid.cell);
    grid.range[i] = range;
  }
  return range <= MAX_CELL_RANGE;
}

/** The mean of the brightest plain cell (a glaring card's level; a specular highlight is not plain), or 0 below `from`. */
export function brightestPlain(grid: CellGrid, from: number): number {
  let brightest = 0;
  for (let i = 0; i < grid.mean.length; i++) {
    const mean = grid.mean[i] ?? 0;
    if (mean >= from && mean > brightest && isPlain(grid, i)) brightest = mean;
  }
  return brightest;
}

/** The mean of the cell at grid position (x, y), or -1 outside the frame. */
export function meanAt(grid: CellGrid, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= grid.cols || y >= grid.rows) return -1;
  return grid.mean[(y | 0) * grid.cols + (x | 0)] ?? -1;
}

/**
 * 4-connected blobs of plain cells at or above the level (no darker than the `rangeFrom` the grid was measured
 * with), of at least `minCells`, largest first.
 */
export function brightBlobs(grid: CellGrid, level: number, minCells: number): Blob[] {
  const { cols, mean, range } = grid;
  const n = mean.length;
  // 1: may still join a blob. Cells this bright have their range measured (an unmeasured one is not plain).
  const open = new Uint8Array(n);
  for (let i = 0; i < n; i++) open[i] = (mean[i] ?? 0) >= level && (range[i] ?? UNMEASURED) <= MAX_CELL_RANGE ? 1 : 0;
  const cells = new Int32Array(n);
  const blobs: Blob[] = [];
  const take = (i: number, count: number): number => {
    open[i] = 0;
    cells[count] = i;
    return count + 1;
  };
  for (let start = 0; start < n; start++) {
    if (!open[start]) continue;
    // The cells found double as the queue: those before `next` have had their neighbours looked at.
    let count = take(start, 0);
    for (let next = 0; next < count; next++) {
      const i = cells[next] ?? 0;
      const x = i % cols;
      if (x > 0 && open[i - 1]) count = take(i - 1, count);
      if (x < cols - 1 && open[i + 1]) count = take(i + 1, count);
      if (i >= cols && open[i - cols]) count = take(i - cols, count);
      if (i + cols < n && open[i + cols]) count = take(i + cols, count);
    }
    if (count >= minCells) blobs.push(cells.slice(0, count));
  }
  return blobs.sort((a, b) => b.length - a.length);
}
