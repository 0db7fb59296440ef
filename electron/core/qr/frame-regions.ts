import type { GreyFrame } from './qr-types.js';
import type { Quad } from './symbol-geometry.js';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The quad's bounding box grown by `margin` pixels on every side, clipped to the frame. */
export function regionAround(quad: Quad, margin: number, frame: GreyFrame): Region {
  const xs = quad.map((p) => p.x);
  const ys = quad.map((p) => p.y);
  const x = Math.max(0, Math.floor(Math.min(...xs) - margin));
  const y = Math.max(0, Math.floor(Math.min(...ys) - margin));
  const right = Math.min(frame.width, Math.ceil(Math.max(...xs) + margin));
  const bottom = Math.min(frame.height, Math.ceil(Math.max(...ys) + margin));
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

export function cropGrey(frame: GreyFrame, region: Region): GreyFrame {
  const data = new Uint8Array(region.width * region.height);
  for (let row = 0; row < region.height; row++) {
    const from = (region.y + row) * frame.width + region.x;
    data.set(frame.data.subarray(from, from + region.width), row * region.width);
  }
  return { data, width: region.width, height: region.height };
}

/**
 * A copy with the given regions painted white: jsQR reads one symbol per call and none at
 * all when two compete, so symbols already read are removed before asking it again.
 */
export function blankRegions(frame: GreyFrame, regions: Region[]): GreyFrame {
  const data = new Uint8Array(frame.data);
  for (const r of regions) {
    for (let row = r.y; row < r.y + r.height; row++) data.fill(255, row * frame.width + r.x, row * frame.width + r.x + r.width);
  }
  return { data, width: frame.width, height: frame.height };
}
