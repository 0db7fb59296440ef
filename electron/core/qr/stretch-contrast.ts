import type { GreyFrame } from './qr-types.js';

/** Levels this far into either tail of the histogram are clipped: specular dots and deep shadow would otherwise set the range. */
const CLIP_FRACTION = 0.01;

/**
 * The frame with its levels spread linearly over 0–255. ZXing's local binarizer treats a block
 * whose levels span less than 24 as flat, so a symbol in shade, behind a reflection or printed
 * pale holds no edges for it; stretched, the same modules span the whole range. Meant for a
 * crop around one symbol, where the histogram is the symbol's and its card's.
 */
export function stretchContrast(frame: GreyFrame): GreyFrame {
  const { data } = frame;
  const histogram = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i] as number] = (histogram[data[i] as number] as number) + 1;
  const clip = data.length * CLIP_FRACTION;
  let low = 0;
  for (let seen = 0; low < 255 && (seen += histogram[low] as number) <= clip; ) low++;
  let high = 255;
  for (let seen = 0; high > 0 && (seen += histogram[high] as number) <= clip; ) high--;
  if (high <= low) return frame;
  const lut = new Uint8Array(256);
  for (let level = 0; level < 256; level++) lut[level] = Math.max(0, Math.min(255, Math.round(((level - low) * 255) / (high - low))));
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = lut[data[i] as number] as number;
  return { data: out, width: frame.width, height: frame.height };
}
