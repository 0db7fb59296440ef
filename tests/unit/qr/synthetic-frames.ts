import QRCode from 'qrcode';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';

/** Deterministic noise, so a failing frame can be reproduced. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A dim, noisy gradient, something like a gym wall behind a pupil. */
export function backgroundFrame(width: number, height: number, seed = 1): GreyFrame {
  const random = seededRandom(seed);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const gradient = 60 + (70 * x) / width + (30 * y) / height;
      data[y * width + x] = Math.max(0, Math.min(255, Math.round(gradient + (random() - 0.5) * 24)));
    }
  }
  return { data, width, height };
}

export function fillRect(frame: GreyFrame, x: number, y: number, w: number, h: number, level: number): void {
  for (let row = y; row < y + h; row++) frame.data.fill(level, row * frame.width + x, row * frame.width + x + w);
}

/** Draws a QR symbol (with its 4-module quiet zone) at (x, y); returns its size in modules. */
export function drawQr(frame: GreyFrame, text: string, x: number, y: number, modulePx: number): number {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const span = (modules.size + 2 * quiet) * modulePx;
  fillRect(frame, x, y, span, span, 235);
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (modules.get(r, c)) fillRect(frame, x + (c + quiet) * modulePx, y + (r + quiet) * modulePx, modulePx, modulePx, 25);
    }
  }
  return modules.size;
}
