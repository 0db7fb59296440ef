import type { GreyFrame } from './qr-types.js';
import type { Point } from './symbol-geometry.js';

/**
 * A warp that stretches each line of the image about a centre: every row by its own factor
 * (`rows`), or every column (`columns`). A card bent about one axis, or tilted about one, is
 * such a warp to a first approximation, and one interpolation per pixel makes it cheap enough
 * to try several.
 */
export interface LineWarp {
  /** `rows`: each row is stretched horizontally; `columns`: each column vertically. */
  lines: 'rows' | 'columns';
  /** The stretch of a line, from its offset from the centre across the lines, in units of `half`. */
  factor: (across: number) => number;
}

/** Where the output pixel (x, y) samples the source: the inverse of drawing the warped symbol straight. */
export function warpSource(warp: LineWarp, centre: Point, half: number, x: number, y: number): Point {
  if (warp.lines === 'rows') return { x: centre.x + (x - centre.x) * warp.factor((y - centre.y) / half), y };
  return { x, y: centre.y + (y - centre.y) * warp.factor((x - centre.x) / half) };
}

/** The image resampled under `warp` (linear along each line, edges clamped). */
export function warpLines(image: GreyFrame, warp: LineWarp, centre: Point, half: number): GreyFrame {
  const { data, width, height } = image;
  const out = new Uint8Array(width * height);
  const alongRows = warp.lines === 'rows';
  const lineCount = alongRows ? height : width;
  const lineLength = alongRows ? width : height;
  const step = alongRows ? 1 : width;
  const lineCentre = alongRows ? centre.x : centre.y;
  const acrossCentre = alongRows ? centre.y : centre.x;
  const last = lineLength - 1;
  for (let line = 0; line < lineCount; line++) {
    const factor = warp.factor((line + 0.5 - acrossCentre) / half);
    const start = alongRows ? line * width : line;
    // Source index of output pixel i (centres at .5), linear in i: lineCentre + (i + 0.5 − lineCentre)·factor − 0.5.
    const first = lineCentre * (1 - factor) + 0.5 * factor - 0.5;
    for (let i = 0; i < lineLength; i++) {
      const s = first + i * factor;
      const at = s <= 0 ? 0 : s >= last ? last : s;
      const i0 = at | 0;
      const f = at - i0;
      const a = data[start + i0 * step] as number;
      const b = i0 < last ? (data[start + (i0 + 1) * step] as number) : a;
      out[start + i * step] = a + (b - a) * f + 0.5;
    }
  }
  return { data: out, width, height };
}
