import { cropGrey, regionAround } from './frame-regions.js';
import type { GreyFrame } from './qr-types.js';
import type { SymbolRead } from './reading-order.js';
import { quadCentre, quadSide, type Point, type Quad } from './symbol-geometry.js';
import { symbolViews } from './symbol-views.js';
import { readZxingSymbols } from './zxing-reader.js';

/**
 * Every view is scaled so the symbol's side is about this long: 10 px modules for a version-1
 * symbol, still 6 for version 6. On the real photos, small symbols (55–100 px) that ZXing had
 * located but not read were read at 300 and not all at 120–200.
 */
const VIEW_SIDE = 300;
const MAX_SCALE = 6;
/** Large symbols are scaled down to the same side, which keeps every view near 0.6 MP. */
const MIN_SCALE = 0.5;
/**
 * Three quarters of a side around the located outline: ZXing's outline of a symbol it could not
 * read is sometimes only a part of it (museum-2 on the real photos, a low-contrast symbol), and
 * the symbol needs its quiet zone to be found again. Not more: with a whole side, the crop's
 * other content kept ZXing from reading trackable-book-2.
 */
const MARGIN = 0.75;

export interface RetriedRead {
  read: SymbolRead;
  /** The view that read it, for the benchmark and tests. */
  view: string;
}

/**
 * Looks again at one symbol that was located but not read, on views of a crop around it (see
 * symbolViews), and stops at the first view that reads a symbol `isNew` accepts (a sibling already
 * read may lie in the crop too: reading it again must not end the retry). ZXing only: jsQR has returned
 * wrong text for Shift_JIS payloads on the real photos, and ZXing's Reed-Solomon check has not.
 * Outlines come back in the frame's coordinates, so a symbol read from an enlarged crop still
 * reports its size in the frame (what tells a card held up from one in the background).
 */
export async function retrySymbol(frame: GreyFrame, quad: Quad, isNew: (read: SymbolRead) => boolean): Promise<RetriedRead[]> {
  const side = quadSide(quad);
  const region = regionAround(quad, side * MARGIN + 8, frame);
  if (region.width < 8 || region.height < 8) return [];
  const crop = cropGrey(frame, region);
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, VIEW_SIDE / side));
  const centre = quadCentre(quad);
  const symbol = { centre: { x: centre.x - region.x, y: centre.y - region.y }, half: side / 2 };
  for (const view of symbolViews(crop, scale, symbol)) {
    const toFrame = (p: Point): Point => {
      const inCrop = view.toCrop(p);
      return { x: inCrop.x + region.x, y: inCrop.y + region.y };
    };
    const reads = (await readZxingSymbols(view.image, 'frame-only'))
      .flatMap(({ text, quad: q }): SymbolRead[] => (text === null ? [] : [{ text, quad: [toFrame(q[0]), toFrame(q[1]), toFrame(q[2]), toFrame(q[3])] }]))
      .filter(isNew);
    if (reads.length > 0) return reads.map((read) => ({ read, view: view.name }));
  }
  return [];
}
