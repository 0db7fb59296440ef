import type { GreyFrame } from './qr-types.js';

/**
 * Thresholds for "a large plain bright card fills the frame". Every one errs towards
 * false: a false "card" holds a whole subject's photos for review, a missed one is
 * caught by the finder-pattern and decoder signals or by the photographer.
 */
const GRID_CELLS_LONG_EDGE = 80;
/** A white card under flash or daylight sits well above mid-grey; glare saturates it. */
const MIN_CARD_LEVEL = 170;
/** ...and is among the brightest things in the frame (a card in shade is not flagged). */
const MAX_BELOW_BRIGHTEST = 40;
/** Paper is flat: a cell (≈1/80 of the long edge) whose levels spread more holds detail. */
const MAX_CELL_RANGE = 24;
/**
 * A card held up to the lens covers a third of the frame or more (about 40% in practice); a card
 * across the room does not count, nor does a white shirt, which covers 20–25% of a half-length portrait.
 */
const MIN_AREA_FRACTION = 0.3;
/** A card is a rectangle: the blob fills most of its bounding box (rotation by ~20° still passes). */
const MIN_RECTANGULARITY = 0.75;
/** Card formats run from square to business-card (1.75); sky and backdrops are wider. */
const MAX_ASPECT = 2.5;
/**
 * A card is held up whole so that its code can be read; a white school shirt runs off the bottom
 * of a portrait, and a sky or a paper backdrop off two or more edges. Allowing one edge flagged
 * every pupil in a white shirt as a card and held their photos for review.
 */
const MAX_BORDERS_TOUCHED = 0;

/**
 * A card's top and bottom edges are straight lines (tilted when the card is); a shirt's top is a
 * curve of shoulders and collar, and its bottom runs off the frame or fades with the lens's
 * vignette. One of the blob's two edges, across its middle columns, must stay within this many
 * cells of a fitted line on average (one, because glare can wash out a printed band at the top).
 */
const MAX_EDGE_DEVIATION = 0.75;
/** The card's corners (rounded, or cut by the grid when tilted) are left out of that fit. */
const EDGE_MARGIN_FRACTION = 0.2;

interface Blob {
  id: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  spanArea: number;
}

interface Cells {
  mean: Float32Array;
  range: Uint8Array;
  cols: number;
  rows: number;
}

export function isCardLike(frame: GreyFrame): boolean {
  const cells = measureCells(frame);
  const { cols, rows } = cells;
  let brightest = 0;
  for (const m of cells.mean) brightest = Math.max(brightest, m);
  const level = Math.max(MIN_CARD_LEVEL, brightest - MAX_BELOW_BRIGHTEST);
  const plain = new Uint8Array(cols * rows);
  for (let i = 0; i < plain.length; i++) {
    plain[i] = (cells.mean[i] ?? 0) >= level && (cells.range[i] ?? 255) <= MAX_CELL_RANGE ? 1 : 0;
  }
  const label = new Int32Array(cols * rows).fill(-1);
  const blob = largestBlob(plain, label, cols, rows);
  if (!blob) return false;
  const { minX, maxX, minY, maxY, spanArea } = blob;
  const boxW = maxX - minX + 1;
  const boxH = maxY - minY + 1;
  const borders = Number(minX === 0) + Number(minY === 0) + Number(maxX === cols - 1) + Number(maxY === rows - 1);
  return (
    spanArea >= MIN_AREA_FRACTION * cols * rows &&
    spanArea >= MIN_RECTANGULARITY * boxW * boxH &&
    Math.max(boxW, boxH) <= MAX_ASPECT * Math.min(boxW, boxH) &&
    borders <= MAX_BORDERS_TOUCHED &&
    Math.min(edgeDeviation(blob, label, cols, 'top'), edgeDeviation(blob, label, cols, 'bottom')) <= MAX_EDGE_DEVIATION
  );
}

/** Mean distance, in cells, of the blob's top (or bottom) row per column from the least-squares line through them. */
function edgeDeviation(blob: Blob, label: Int32Array, cols: number, edge: 'top' | 'bottom'): number {
  const margin = Math.floor((blob.maxX - blob.minX + 1) * EDGE_MARGIN_FRACTION);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let x = blob.minX + margin; x <= blob.maxX - margin; x++) {
    const [from, to, step] = edge === 'top' ? [blob.minY, blob.maxY + 1, 1] : [blob.maxY, blob.minY - 1, -1];
    for (let y = from; y !== to; y += step) {
      if (label[y * cols + x] === blob.id) {
        xs.push(x);
        ys.push(y);
        break;
      }
    }
  }
  if (xs.length < 3) return Infinity;
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((xs[i] ?? 0) - meanX) * ((ys[i] ?? 0) - meanY);
    sxx += ((xs[i] ?? 0) - meanX) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  let deviation = 0;
  for (let i = 0; i < n; i++) deviation += Math.abs((ys[i] ?? 0) - (meanY + slope * ((xs[i] ?? 0) - meanX)));
  return deviation / n;
}

function measureCells(frame: GreyFrame): Cells {
  const cell = Math.max(1, Math.floor(Math.max(frame.width, frame.height) / GRID_CELLS_LONG_EDGE));
  const cols = Math.floor(frame.width / cell);
  const rows = Math.floor(frame.height / cell);
  const mean = new Float32Array(cols * rows);
  const range = new Uint8Array(cols * rows);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      let sum = 0;
      let lo = 255;
      let hi = 0;
      for (let y = cy * cell; y < (cy + 1) * cell; y++) {
        for (let x = cx * cell; x < (cx + 1) * cell; x++) {
          const v = frame.data[y * frame.width + x] ?? 0;
          sum += v;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
      mean[cy * cols + cx] = sum / (cell * cell);
      range[cy * cols + cx] = hi - lo;
    }
  }
  return { mean, range, cols, rows };
}

/**
 * The largest 4-connected blob, with its area counted as the span between its leftmost and
 * rightmost cell on each row, so that print on the card (a logo, a name, a QR) does not
 * punch holes in it.
 */
function largestBlob(mask: Uint8Array, label: Int32Array, cols: number, rows: number): Blob | null {
  let best: Blob | null = null;
  let bestCells = 0;
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] !== 1 || label[start] !== -1) continue;
    label[start] = start;
    stack.push(start);
    const rowMin = new Int32Array(rows).fill(cols);
    const rowMax = new Int32Array(rows).fill(-1);
    let count = 0;
    while (stack.length > 0) {
      const i = stack.pop() ?? 0;
      const x = i % cols;
      const y = (i - x) / cols;
      count++;
      rowMin[y] = Math.min(rowMin[y] ?? cols, x);
      rowMax[y] = Math.max(rowMax[y] ?? -1, x);
      for (const n of [x > 0 ? i - 1 : -1, x < cols - 1 ? i + 1 : -1, i - cols, i + cols]) {
        if (n >= 0 && n < mask.length && mask[n] === 1 && label[n] === -1) {
          label[n] = start;
          stack.push(n);
        }
      }
    }
    if (count <= bestCells) continue;
    bestCells = count;
    let minX = cols;
    let maxX = -1;
    let minY = rows;
    let maxY = -1;
    let spanArea = 0;
    for (let y = 0; y < rows; y++) {
      const lo = rowMin[y] ?? cols;
      const hi = rowMax[y] ?? -1;
      if (hi < 0) continue;
      minY = Math.min(minY, y);
      maxY = y;
      minX = Math.min(minX, lo);
      maxX = Math.max(maxX, hi);
      spanArea += hi - lo + 1;
    }
    best = { id: start, minX, maxX, minY, maxY, spanArea };
  }
  return best;
}
