import { cropGrey, type Region } from './frame-regions.js';
import type { GreyFrame } from './qr-types.js';
import { scaleGrey } from './scale-grey.js';
import { stretchContrast } from './stretch-contrast.js';
import type { Point } from './symbol-geometry.js';
import { warpLines, warpSource, type LineWarp } from './warp-lines.js';

/** One way of looking again at a symbol: an image for the decoder and where its points lie in the crop. */
export interface SymbolView {
  name: string;
  image: GreyFrame;
  toCrop: (p: Point) => Point;
}

/** The symbol's centre and half its side, in crop pixels: warps bend about the symbol, not the crop. */
export interface SymbolFrame {
  centre: Point;
  half: number;
}

/**
 * A card bent between two hands curves about a vertical axis: seen from the front, its rows bow
 * (the far edges shrink towards the middle), which ZXing's single perspective grid cannot follow
 * once the bow reaches about half a module. A card tilted away keystones, which a version-1
 * symbol (no alignment pattern: the bare 8-letter codes) leaves ZXing to guess from three corners.
 * Each warp maps the straight symbol to where it lies in the photo; at 0.12, the symbol's corners
 * move by 1.3 modules of a version-1 symbol (its half-side is 10.5 modules).
 */
const BEND = 0.12;
const WARPS: readonly [string, LineWarp][] = [
  ['rows bowed', { lines: 'columns', factor: (u) => 1 + BEND * u * u }],
  ['rows sagging', { lines: 'columns', factor: (u) => 1 - BEND * u * u }],
  ['columns bowed', { lines: 'rows', factor: (v) => 1 + BEND * v * v }],
  ['columns sagging', { lines: 'rows', factor: (v) => 1 - BEND * v * v }],
  ['top narrower', { lines: 'rows', factor: (v) => 1 - BEND * v }],
  ['top wider', { lines: 'rows', factor: (v) => 1 + BEND * v }],
  ['left narrower', { lines: 'columns', factor: (u) => 1 - BEND * u }],
  ['left wider', { lines: 'columns', factor: (u) => 1 + BEND * u }],
];

/**
 * Views of a crop around a symbol that was located but not read, cheapest and likeliest first,
 * made only as far as they are consumed: scaled (a small symbol's modules are a few pixels, too
 * few for ZXing's finder and grid estimates), then contrast-stretched, then straightened under
 * each warp. The first two show the whole crop: an outline ZXing located but could not read is
 * often only part of the symbol. The warps bend about the outline's centre, so they see only
 * the outline and half its side around it (fewer pixels for each of the eight reads).
 */
export function* symbolViews(crop: GreyFrame, scale: number, symbol: SymbolFrame): Generator<SymbolView> {
  const unscale = (p: Point): Point => ({ x: p.x / scale, y: p.y / scale });
  const scaled = scaleGrey(crop, scale);
  yield { name: 'scaled', image: scaled, toCrop: unscale };
  const stretched = stretchContrast(scaled);
  yield { name: 'stretched', image: stretched, toCrop: unscale };
  const around = regionAbout({ x: symbol.centre.x * scale, y: symbol.centre.y * scale }, 2 * symbol.half * scale, stretched);
  const near = cropGrey(stretched, around);
  const centre = { x: symbol.centre.x * scale - around.x, y: symbol.centre.y * scale - around.y };
  const half = symbol.half * scale;
  for (const [name, warp] of WARPS) {
    yield {
      name,
      image: warpLines(near, warp, centre, half),
      toCrop: (p) => {
        const q = warpSource(warp, centre, half, p.x, p.y);
        return unscale({ x: q.x + around.x, y: q.y + around.y });
      },
    };
  }
}

/** The square of half-side `reach` about `centre`, clipped to the image. */
function regionAbout(centre: Point, reach: number, image: GreyFrame): Region {
  const x = Math.max(0, Math.floor(centre.x - reach));
  const y = Math.max(0, Math.floor(centre.y - reach));
  return {
    x,
    y,
    width: Math.max(1, Math.min(image.width, Math.ceil(centre.x + reach)) - x),
    height: Math.max(1, Math.min(image.height, Math.ceil(centre.y + reach)) - y),
  };
}
