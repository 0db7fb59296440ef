import type { GreyFrame } from './qr-types.js';

let scratch = new Uint32Array(0);

/**
 * jsQR only takes RGBA. Writing whole 32-bit pixels into one reused buffer costs about
 * 1 ms per megapixel and no allocation per photo. The returned view is overwritten by
 * the next call: use it before converting another frame.
 */
export function greyToRgba(frame: GreyFrame): Uint8ClampedArray {
  const pixels = frame.width * frame.height;
  if (scratch.length < pixels) scratch = new Uint32Array(pixels);
  const { data } = frame;
  // Little-endian byte order (every platform Electron ships on): alpha is the top byte.
  for (let i = 0; i < pixels; i++) scratch[i] = 0xff000000 | ((data[i] ?? 0) * 0x010101);
  return new Uint8ClampedArray(scratch.buffer, 0, pixels * 4);
}
