import type { GreyFrame } from './qr-types.js';

/** 1 = dark, 0 = light, one byte per pixel, same layout as the frame. */
export interface BitFrame {
  bits: Uint8Array;
  width: number;
  height: number;
}

/**
 * A pixel is dark when it is clearly below the mean of a window of about 1/8 of the long
 * edge. The window must be wider than a finder pattern's 3-module centre, or that centre
 * reads as light; 1/8 of the frame keeps symbols up to ~60% of the long edge intact. The
 * `minContrast` margin keeps flat areas (walls, skin, sky) uniformly light, so sensor
 * noise there cannot draw 1:1:3:1:1 runs.
 */
export function binarizeLocal(frame: GreyFrame, minContrast = 10): BitFrame {
  const { width, height, data } = frame;
  const stride = width + 1;
  // 32-bit sums suffice up to 8 MP of 255s; the scan hands over ≤1.5 MP frames.
  const integral = new Int32Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    for (let x = 0; x < width; x++) {
      rowSum += data[y * width + x] ?? 0;
      integral[(y + 1) * stride + x + 1] = (integral[y * stride + x + 1] ?? 0) + rowSum;
    }
  }
  const half = Math.max(4, Math.round(Math.max(width, height) / 16));
  const bits = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - half);
    const y1 = Math.min(height, y + half + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - half);
      const x1 = Math.min(width, x + half + 1);
      const sum =
        (integral[y1 * stride + x1] ?? 0) -
        (integral[y0 * stride + x1] ?? 0) -
        (integral[y1 * stride + x0] ?? 0) +
        (integral[y0 * stride + x0] ?? 0);
      const mean = sum / ((y1 - y0) * (x1 - x0));
      bits[y * width + x] = (data[y * width + x] ?? 0) < mean - minContrast ? 1 : 0;
    }
  }
  return { bits, width, height };
}
