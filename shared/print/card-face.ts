import { PT_PER_MM, type Rect } from './card-sheet.js';

/** The QR standard's white around a symbol, in modules: the card's edge may be a dark sleeve. */
export const QUIET_MODULES = 4;
/** Of it, at least this much inside the code's square, whatever the padding: the text keeps off. */
const QUIET_INSIDE_MIN = 2;
export const PADDING_MM = 4;
/** On a portrait card, the share of its height the code may take; the rest holds the text. */
const QR_SHARE_PORTRAIT = 0.62;
/** On a landscape card, the share of its width. */
const QR_SHARE_LANDSCAPE = 0.55;

export interface CardFace {
  /** The square holding the QR symbol and its quiet zone. */
  qr: Rect;
  /** Side of one module, points. */
  module: number;
  /** White inside the square around the symbol, in modules: with the padding, QUIET_MODULES to the card's edge. */
  quiet: number;
  /** Where the name, group, code and job go. */
  text: Rect;
}

/**
 * Where a card's parts go: the QR code as large as the card allows (on the left of a landscape
 * card, on top of a portrait one), the text beside or below it. `modules` is the QR symbol's width.
 */
export function cardFace(cell: Rect, modules: number): CardFace {
  const pad = PADDING_MM * PT_PER_MM;
  const inner = { x: cell.x + pad, y: cell.y + pad, width: cell.width - 2 * pad, height: cell.height - 2 * pad };
  const landscape = cell.width > cell.height;
  const side = landscape ? Math.min(inner.height, inner.width * QR_SHARE_LANDSCAPE) : Math.min(inner.width, inner.height * QR_SHARE_PORTRAIT);
  const qr = { x: landscape ? inner.x : inner.x + (inner.width - side) / 2, y: inner.y, width: side, height: side };
  const text = landscape
    ? { x: inner.x + side + pad, y: inner.y, width: inner.width - side - pad, height: inner.height }
    : { x: inner.x, y: inner.y + side + pad / 2, width: inner.width, height: inner.height - side - pad / 2 };
  // The padding is white too: the square only adds what it lacks of the standard's quiet zone, so the
  // symbol gets the rest of the square (quiet × module + pad = 4 modules, module = side / (n + 2 quiet)).
  const quiet = Math.min(QUIET_MODULES, Math.max(QUIET_INSIDE_MIN, (QUIET_MODULES * side - pad * modules) / (side + 2 * pad)));
  return { qr, module: side / (modules + 2 * quiet), quiet, text };
}

/** The text column of a 3×3 card, points: the card's type sizes are for it. */
const BASE_TEXT_WIDTH = 156.8;

/** How much larger (or smaller) than on a 3×3 card a card's type is set: it follows the text column's width. */
export function typeScale(text: Rect): number {
  return Math.min(3, Math.max(0.7, text.width / BASE_TEXT_WIDTH));
}
