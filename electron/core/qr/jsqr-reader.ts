import jsQR from 'jsqr';
import { greyToRgba } from './grey-to-rgba.js';
import type { GreyFrame } from './qr-types.js';
import type { Quad } from './symbol-geometry.js';

export interface JsqrSymbol {
  /** Null when jsQR decoded the symbol but could not render its bytes as text (it then reports ""). */
  text: string | null;
  quad: Quad;
}

/** One symbol at most: jsQR stops at the first it decodes and finds none when it sees several. */
export function readJsqrSymbol(frame: GreyFrame): JsqrSymbol | null {
  const found = jsQR(greyToRgba(frame), frame.width, frame.height, { inversionAttempts: 'attemptBoth' });
  if (!found) return null;
  const { topLeftCorner, topRightCorner, bottomRightCorner, bottomLeftCorner } = found.location;
  return { text: found.data === '' ? null : found.data, quad: [topLeftCorner, topRightCorner, bottomRightCorner, bottomLeftCorner] };
}
