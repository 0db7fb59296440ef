import { cornerHolds, reachSide, snapSide, straighten } from './card-edges.js';
import { brightBlobs, brightestPlain, isPlain, measureCells, type Blob, type CellGrid } from './card-grid.js';
import { blobAngles, fitOutline, offsetOf, pointAt, sameOutline, setOffset, SIDES, type Outline, type Side } from './card-outline.js';
import type { GreyFrame } from './qr-types.js';

/*
 * "A large plain bright card is in the frame", for a card whose code glare has blown out so that no decoder
 * reports a symbol (design §2.5). A missed card lets the next pupil's photos slide into the previous pupil's
 * gallery, a privacy incident; a false one holds a subject's photos for review, work. So in doubt this says
 * "card": the card may be small (0.6 of the usual hold), tilted, held so low or so far aside that it runs off one
 * edge of the frame, and stand in front of a white shirt. What tells it from a shirt, a face, a backdrop or a sky is
 * its outline: straight step edges on three sides at least, meeting in square corners, around a plain area among
 * the brightest in the frame. A shirt's shoulders curve; a sky or a backdrop runs off two or more edges.
 *
 * Bright plain blobs, cut at a few levels below the brightest cell, give outlines to try (card-grid.ts,
 * card-outline.ts); each side of an outline is then moved onto the nearest straight step edge (card-edges.ts).
 */

const GRID_CELLS_LONG_EDGE = 160;
/** Two pixels a cell at least, so that a cell's range measures texture; a smaller frame is a thumbnail, no photo. */
const MIN_CELL = 2;
const MIN_LONG_EDGE = GRID_CELLS_LONG_EDGE * MIN_CELL;
/** A white card under flash or daylight sits well above mid-grey, even where the vignette darkens it. */
const MIN_CARD_LEVEL = 140;
/**
 * Blobs are cut at these depths below the brightest plain cell: the shallow ones part a glaring card from a white
 * shirt around it, the deep ones keep a card whole where the vignette darkens its lower part.
 */
const LEVEL_STEPS = [10, 22, 40, 65];
/** Blobs smaller than this share of the frame are not looked at (what shows of the card is measured later). */
const MIN_BLOB_FRACTION = 0.015;
const MAX_BLOBS_PER_LEVEL = 3;
/** Three sides: a card held up shows four, one held low or aside runs off one edge of the frame. */
const MIN_SIDES = 3;
/** Where a side is found, the card just inside it is at least this share of the level its blob was cut at. */
const FLOOR_OF_LEVEL = 0.6;
/**
 * What shows of the card covers this share of the frame at least: the smallest card held low (0.6 of the usual
 * size, a third of it cut off) covers 9 %. A card in the background is far smaller, and no card (design §2.3).
 */
const MIN_AREA_FRACTION = 0.06;
/**
 * Between its sides the card is plain paper but for its print: the code takes a quarter of its face and the name a
 * tenth, so a card whose code glare has only partly washed out is about 70 % plain. Asking for 80 % (a blank card)
 * let such a card through where the glare left no finder pattern either; at 65 % still none of the 400 generated
 * portraits (white shirts, pale backdrops) and none of the real camera JPEGs is card-like (tests/bench/card-like-bench.ts)...
 */
const MIN_PLAIN_FRACTION = 0.65;
/** ...and, glaring, among the brightest things in the frame (a face is not; a card in shade is not flagged). */
const MAX_BELOW_BRIGHTEST = 40;
/** Card formats run from square to business-card (1.75); what shows of a cropped one up to about 2.3. */
const MAX_ASPECT = 3;

export function isCardLike(frame: GreyFrame): boolean {
  if (Math.max(frame.width, frame.height) < MIN_LONG_EDGE) return false;
  const grid = measureCells(frame, GRID_CELLS_LONG_EDGE, MIN_CELL, MIN_CARD_LEVEL);
  const brightest = brightestPlain(grid, MIN_CARD_LEVEL);
  const tried: Outline[] = [];
  for (const step of LEVEL_STEPS) {
    const level = brightest - step;
    if (level < MIN_CARD_LEVEL) break;
    for (const blob of brightBlobs(grid, level, MIN_BLOB_FRACTION * grid.mean.length).slice(0, MAX_BLOBS_PER_LEVEL)) {
      // Cut deep, a face or a grey wall makes a blob too; a card would be among the brightest.
      if (meanOf(grid, blob) < brightest - MAX_BELOW_BRIGHTEST) continue;
      for (const angle of blobAngles(grid, blob)) {
        const outline = fitOutline(grid, blob, angle);
        // The same card, cut at the next level, gives the same outline.
        if (tried.some((t) => sameOutline(t, outline))) continue;
        tried.push({ ...outline });
        if (holdsAsCard(grid, outline, level, brightest)) return true;
      }
    }
  }
  return false;
}

function meanOf(grid: CellGrid, blob: Blob): number {
  let sum = 0;
  for (const i of blob) sum += grid.mean[i] ?? 0;
  return sum / blob.length;
}

/** Whether the outline, each side moved onto the nearest straight step edge, is a card. Changes the outline. */
function holdsAsCard(grid: CellGrid, outline: Outline, level: number, brightest: number): boolean {
  const floor = level * FLOOR_OF_LEVEL;
  const found = new Map<Side, boolean>();
  const snapAll = (): void => {
    for (const side of SIDES) found.set(side, snapSide(grid, outline, side, floor));
  };
  const count = (): number => SIDES.filter((side) => found.get(side)).length;
  snapAll();
  // One side may have been missed for an angle a degree off, one more may lie farther out than the blob reached.
  if (count() < MIN_SIDES - 1) return false;
  if (count() < MIN_SIDES && straighten(grid, outline, floor)) snapAll();
  const reach = new Map<Side, number>();
  for (const side of SIDES) {
    if (found.get(side)) continue;
    const fit = reachSide(grid, outline, side, floor);
    found.set(side, fit.found);
    reach.set(side, fit.reach);
  }
  if (count() < MIN_SIDES) return false;
  // Top and bottom were placed along the blob's width: check them again between the sides as found.
  for (const side of ['top', 'bottom'] as const) {
    if (found.get(side) && !snapSide(grid, outline, side, floor)) {
      found.set(side, false);
      reach.set(side, offsetOf(outline, side));
    }
  }
  if (count() < MIN_SIDES) return false;
  for (const vertical of ['top', 'bottom'] as const) {
    for (const lateral of ['left', 'right'] as const) {
      if (found.get(vertical) && found.get(lateral) && cornerHolds(grid, outline, vertical, lateral, floor) === false) return false;
    }
  }
  // A side not found runs off the frame, or fades into its vignette: the card may reach the frame's edge there.
  const extended = { ...outline };
  for (const side of SIDES) if (!found.get(side)) setOffset(extended, side, reach.get(side) ?? offsetOf(outline, side));
  const width = extended.u1 - extended.u0;
  const height = extended.v1 - extended.v0;
  if (width <= 0 || height <= 0 || Math.max(width, height) > MAX_ASPECT * Math.min(width, height)) return false;
  return coversAsCard(grid, outline, extended, floor, brightest);
}

/**
 * Between the sides found, the outline is mostly plain and among the brightest; with the sides not found moved to
 * the frame's edge, the card's plain bright cells cover enough of the frame.
 */
function coversAsCard(grid: CellGrid, outline: Outline, extended: Outline, floor: number, brightest: number): boolean {
  const { cols, rows, mean } = grid;
  const corners = [
    pointAt(extended, extended.u0, extended.v0),
    pointAt(extended, extended.u1, extended.v0),
    pointAt(extended, extended.u0, extended.v1),
    pointAt(extended, extended.u1, extended.v1),
  ];
  const x0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p.x))));
  const x1 = Math.min(cols - 1, Math.ceil(Math.max(...corners.map((p) => p.x))));
  const y0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p.y))));
  const y1 = Math.min(rows - 1, Math.ceil(Math.max(...corners.map((p) => p.y))));
  const inside = (o: Outline, u: number, v: number): boolean => u >= o.u0 && u <= o.u1 && v >= o.v0 && v <= o.v1;
  let cells = 0;
  let plain = 0;
  let sum = 0;
  let area = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const u = (x + 0.5) * outline.cos + (y + 0.5) * outline.sin;
      const v = -(x + 0.5) * outline.sin + (y + 0.5) * outline.cos;
      if (!inside(extended, u, v)) continue;
      const i = y * cols + x;
      const card = isPlain(grid, i) && (mean[i] ?? 0) >= floor;
      if (card) area++;
      if (!inside(outline, u, v)) continue;
      cells++;
      sum += mean[i] ?? 0;
      if (card) plain++;
    }
  }
  return (
    cells > 0 &&
    area >= MIN_AREA_FRACTION * cols * rows &&
    plain >= MIN_PLAIN_FRACTION * cells &&
    sum / cells >= brightest - MAX_BELOW_BRIGHTEST
  );
}
