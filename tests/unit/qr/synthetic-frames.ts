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

/** Grey levels of a drawn symbol: its dark modules and its light card. */
export interface QrInk {
  dark: number;
  light: number;
}

/**
 * Draws a QR symbol (with its 4-module quiet zone) centred at (cx, cy), `modulePx` per module,
 * as a bent or tilted card shows it: `toFlat` takes a point of the photo, in units of half the
 * symbol's span (quiet zone included) about its centre, to the same point on the flat symbol.
 * Each pixel takes the module its centre falls in; returns the symbol's size in modules.
 */
export function drawWarpedQr(
  frame: GreyFrame,
  text: string,
  cx: number,
  cy: number,
  modulePx: number,
  toFlat: (u: number, v: number) => { u: number; v: number },
  ink: QrInk = { dark: 25, light: 235 },
): number {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const span = modules.size + 2 * quiet;
  const half = (span * modulePx) / 2;
  const reach = Math.ceil(half * 1.5);
  for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(frame.height, cy + reach); y++) {
    for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(frame.width, cx + reach); x++) {
      const flat = toFlat((x + 0.5 - cx) / half, (y + 0.5 - cy) / half);
      if (Math.abs(flat.u) > 1 || Math.abs(flat.v) > 1) continue;
      const c = Math.floor(((flat.u + 1) / 2) * span) - quiet;
      const r = Math.floor(((flat.v + 1) / 2) * span) - quiet;
      const inSymbol = r >= 0 && c >= 0 && r < modules.size && c < modules.size;
      frame.data[y * frame.width + x] = inSymbol && modules.get(r, c) ? ink.dark : ink.light;
    }
  }
  return modules.size;
}

/** A box blur of the given radius, in place: a lens slightly out of focus, or a small symbol's modules smeared by the camera. */
export function blurFrame(frame: GreyFrame, radius: number): void {
  const { width, height, data } = frame;
  const line = new Float64Array(Math.max(width, height));
  const pass = (count: number, length: number, at: (line: number, i: number) => number): void => {
    for (let l = 0; l < count; l++) {
      for (let i = 0; i < length; i++) line[i] = data[at(l, i)] ?? 0;
      for (let i = 0; i < length; i++) {
        let sum = 0;
        let n = 0;
        for (let k = Math.max(0, i - radius); k <= Math.min(length - 1, i + radius); k++, n++) sum += line[k] ?? 0;
        data[at(l, i)] = Math.round(sum / n);
      }
    }
  };
  pass(height, width, (row, i) => row * width + i);
  pass(width, height, (column, i) => i * width + column);
}
