import jsQR from 'jsqr';
import sharp from 'sharp';
import { greyToRgba } from '../../../electron/core/qr/grey-to-rgba.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';
import { readZxingSymbols } from '../../../electron/core/qr/zxing-reader.js';

/**
 * The generator's own check of what it drew: each decoder on its own, at a given width, not
 * the app's detection pipeline (which these shoots exist to test).
 */
async function greyFrame(file: string | Buffer, width: number): Promise<GreyFrame> {
  const { data, info } = await sharp(file).resize(width).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** jsQR on a greyscale resize, as a cheap detector would see the frame. */
export async function decodeWithJsqr(file: string, width = 640): Promise<string | undefined> {
  const frame = await greyFrame(file, width);
  return jsQR(greyToRgba(frame), frame.width, frame.height)?.data;
}

/**
 * Every symbol ZXing-C++ reports, failed ones included (their text is then empty), with its side as a
 * fraction of the frame's long edge (as the core measures a card's size).
 */
export async function decodeWithZxing(file: string | Buffer, width = 1200): Promise<{ text: string; valid: boolean; side: number }[]> {
  const frame = await greyFrame(file, width);
  const symbols = await readZxingSymbols(frame);
  const longEdge = Math.max(frame.width, frame.height);
  return symbols.map((symbol) => ({ text: symbol.text ?? '', valid: symbol.text !== null, side: sideOf(symbol.quad) / longEdge }));
}

function sideOf(quad: readonly { x: number; y: number }[]): number {
  const edges = quad.map((p, i) => {
    const q = quad[(i + 1) % quad.length] ?? p;
    return Math.hypot(q.x - p.x, q.y - p.y);
  });
  return edges.reduce((a, b) => a + b, 0) / edges.length;
}
