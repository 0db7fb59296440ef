import type { GreyFrame } from './qr-types.js';

/**
 * jsQR only takes RGBA (ZXing gets the grey frame as a PGM file, zxing-reader.ts). Writing whole
 * 32-bit pixels costs about 1 ms per megapixel. Each call gets its own buffer: a worker analyses
 * two photos at once, and a buffer shared with a decoder that reads it after an await once let one
 * photo's pixels (and codes) pass for another's.
 */
export function greyToRgba(frame: GreyFrame): Uint8ClampedArray {
  const pixels = frame.width * frame.height;
  const rgba = new Uint32Array(pixels);
  const { data } = frame;
  // Little-endian byte order (every platform Electron ships on): alpha is the top byte.
  for (let i = 0; i < pixels; i++) rgba[i] = 0xff000000 | ((data[i] ?? 0) * 0x010101);
  return new Uint8ClampedArray(rgba.buffer);
}
