import type { GreyFrame } from '../qr/qr-types.js';

/**
 * Luminance (BT.601 weights in 8-bit fixed point) from interleaved 8-bit pixels.
 * Done in JS on the already decoded buffer: a second libvips pipeline would cost more
 * than this single pass over ~1.5 MP.
 */
export function toGreyFrame(pixels: Buffer, width: number, height: number, channels: number): GreyFrame {
  const count = width * height;
  const data = new Uint8Array(count);
  if (channels < 3) {
    for (let i = 0, p = 0; i < count; i++, p += channels) data[i] = pixels[p] ?? 0;
    return { data, width, height };
  }
  for (let i = 0, p = 0; i < count; i++, p += channels) {
    data[i] = ((pixels[p] ?? 0) * 77 + (pixels[p + 1] ?? 0) * 150 + (pixels[p + 2] ?? 0) * 29 + 128) >> 8;
  }
  return { data, width, height };
}
