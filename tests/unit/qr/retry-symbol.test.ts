import { describe, expect, it } from 'vitest';
import { newTrace } from '../../../electron/core/qr/detect-trace.js';
import { readJsqrSymbol } from '../../../electron/core/qr/jsqr-reader.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';
import { readZxingSymbols } from '../../../electron/core/qr/zxing-reader.js';
import { backgroundFrame, blurFrame, drawQr, drawWarpedQr, fillRect } from './synthetic-frames.js';

const W = 1500;
const H = 1000;
const flat = (u: number, v: number): { u: number; v: number } => ({ u, v });

/** Neither decoder reads the frame on its own: ZXing at most locates the symbol, jsQR sees nothing. */
async function expectNoDecoderReads(frame: GreyFrame): Promise<void> {
  expect((await readZxingSymbols(frame, 'with-downscale')).filter((s) => s.text !== null)).toEqual([]);
  expect(readJsqrSymbol(frame)?.text ?? null).toBeNull();
}

// Each frame below holds a symbol that ZXing or the finder scan locates and that no decoder reads;
// before the retries, each one held its photos for review. The trace names the view that read it.
describe('retries of a symbol located but not read', () => {
  it('reads a small blurred symbol from an enlarged crop and reports its size in the frame', async () => {
    const frame = backgroundFrame(W, H, 4);
    fillRect(frame, 880, 580, 140, 140, 235);
    const modules = drawQr(frame, 'SMALL234', 900, 600, 2);
    blurFrame(frame, 1);
    await expectNoDecoderReads(frame);
    const trace = newTrace();
    const result = await detectQr(frame, trace);
    expect(result).toMatchObject({ codes: ['SMALL234'], undecodable: false });
    expect(trace.retryReads).toEqual(['scaled']);
    // 21 modules of 2 px in a 1500-px frame, not of the ×6 crop it was read from.
    expect(Math.abs((result.sizes[0] ?? 0) / ((modules * 2) / W) - 1)).toBeLessThan(0.1);
  });

  it('reads a low-contrast symbol (a card in shade) once its levels are stretched', async () => {
    const frame = backgroundFrame(W, H, 5);
    fillRect(frame, 400, 200, 700, 600, 134);
    const modules = drawWarpedQr(frame, 'FADED234', 750, 500, 4, flat, { dark: 112, light: 134 });
    await expectNoDecoderReads(frame);
    const trace = newTrace();
    const result = await detectQr(frame, trace);
    expect(result).toMatchObject({ codes: ['FADED234'], undecodable: false });
    expect(trace.retryReads).toEqual(['stretched']);
    expect(Math.abs((result.sizes[0] ?? 0) / ((modules * 4) / W) - 1)).toBeLessThan(0.1);
  });

  it('reads a card bent between two hands (its rows bowed) once straightened', async () => {
    const frame = backgroundFrame(W, H, 6);
    fillRect(frame, 400, 200, 700, 600, 235);
    const modules = drawWarpedQr(frame, 'BENT2345', 750, 500, 10, (u, v) => ({ u, v: v / (1 + 0.35 * u * u) }));
    await expectNoDecoderReads(frame);
    const trace = newTrace();
    const result = await detectQr(frame, trace);
    expect(result).toMatchObject({ codes: ['BENT2345'], undecodable: false });
    expect(trace.retryReads).toEqual(['rows bowed']);
    expect(Math.abs((result.sizes[0] ?? 0) / ((modules * 10) / W) - 1)).toBeLessThan(0.15);
  });

  it('reads a card tilted back (its top wider) once straightened', async () => {
    const frame = backgroundFrame(W, H, 6);
    fillRect(frame, 400, 200, 700, 600, 235);
    drawWarpedQr(frame, 'BENT2345', 750, 500, 14, (u, v) => ({ u: u / (1 + 0.14 * v), v }));
    await expectNoDecoderReads(frame);
    const trace = newTrace();
    expect(await detectQr(frame, trace)).toMatchObject({ codes: ['BENT2345'], undecodable: false });
    expect(trace.retryReads).toEqual(['top wider']);
  });
});

describe('the cost of a frame', () => {
  it('a frame with a code read is not retried: a symbol left unread beside it only holds the frame, as before', async () => {
    const frame = backgroundFrame(W, H, 9);
    fillRect(frame, 880, 580, 140, 140, 235);
    drawQr(frame, 'SMALL234', 900, 600, 2);
    fillRect(frame, 150, 150, 520, 480, 240);
    drawQr(frame, 'ABCD2345', 210, 200, 10);
    blurFrame(frame, 1);
    const trace = newTrace();
    expect(await detectQr(frame, trace)).toMatchObject({ codes: ['ABCD2345'], undecodable: true });
    expect(Object.keys(trace.times)).not.toContain('retry symbols');
  });


  it('a portrait pays for one ZXing pass, the finder scan and the card check, nothing more', async () => {
    const frame = backgroundFrame(W, H, 7);
    fillRect(frame, 500, 300, 500, 700, 90);
    const trace = newTrace();
    expect(await detectQr(frame, trace)).toEqual({ codes: [], sizes: [], undecodable: false, cardLike: false });
    expect(Object.keys(trace.times)).toEqual(['downscale', 'zxing', 'finder scan', 'card check']);
  });

  it('a card read at once pays for no second look', async () => {
    const frame = backgroundFrame(W, H, 8);
    fillRect(frame, 500, 250, 520, 480, 240);
    drawQr(frame, 'ABCD2345', 560, 300, 10);
    const trace = newTrace();
    expect((await detectQr(frame, trace)).codes).toEqual(['ABCD2345']);
    expect(Object.keys(trace.times)).toEqual(['downscale', 'zxing', 'finder scan', 'card check']);
  });
});
