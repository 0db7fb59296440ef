import { describe, expect, it } from 'vitest';
import { downscaleGrey } from '../../../electron/core/qr/downscale-grey.js';
import { readJsqrSymbol } from '../../../electron/core/qr/jsqr-reader.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import { backgroundFrame, drawQr, fillRect, seededRandom } from './synthetic-frames.js';

const W = 1500;
const H = 1000;

describe('detectQr on synthetic frames', () => {
  it('reads one code on a card', async () => {
    const frame = backgroundFrame(W, H);
    fillRect(frame, 500, 250, 520, 480, 240);
    const modules = drawQr(frame, 'ABCD2345', 560, 300, 10);
    const result = await detectQr(frame);
    expect(result.codes).toEqual(['ABCD2345']);
    expect(result.undecodable).toBe(false);
    // Its side as a share of the long edge: what tells a card held up from one in the background.
    expect(result.sizes).toHaveLength(1);
    expect(Math.abs((result.sizes[0] ?? 0) / ((modules * 10) / W) - 1)).toBeLessThan(0.08);
  });

  it('keeps the codes of two frames analysed at the same time apart', async () => {
    // A scan worker takes two photos at once; each must get its own code, not the other's.
    const first = backgroundFrame(W, H, 31);
    drawQr(first, 'ABCDEFGH', 560, 300, 10);
    const second = backgroundFrame(W, H, 32);
    drawQr(second, 'XYZ23456', 560, 300, 10);
    const results = await Promise.all([detectQr(first), detectQr(second), detectQr(first)]);
    expect(results.map((r) => r.codes)).toEqual([['ABCDEFGH'], ['XYZ23456'], ['ABCDEFGH']]);
  });

  it('reads siblings side by side, left to right', async () => {
    const frame = backgroundFrame(W, H, 2);
    drawQr(frame, 'RIGHT5678', 850, 330, 9);
    drawQr(frame, 'LEFT2345', 200, 300, 9);
    const result = await detectQr(frame);
    expect(result.codes).toEqual(['LEFT2345', 'RIGHT5678']);
    expect(result.sizes).toHaveLength(2);
    expect(result.undecodable).toBe(false);
  });

  it('reads siblings stacked, top to bottom', async () => {
    const frame = backgroundFrame(W, H, 3);
    drawQr(frame, 'LOWER234', 700, 560, 9);
    drawQr(frame, 'UPPER234', 300, 60, 9);
    expect((await detectQr(frame)).codes).toEqual(['UPPER234', 'LOWER234']);
  });

  it('reads a small symbol that the 640 px pass cannot', async () => {
    const frame = backgroundFrame(W, H, 4);
    const modules = drawQr(frame, 'SMALL234', 900, 600, 3);
    expect(readJsqrSymbol(downscaleGrey(frame, 640))).toBeNull();
    const result = await detectQr(frame);
    expect(result.codes).toEqual(['SMALL234']);
    expect(result.undecodable).toBe(false);
    expect(Math.abs((result.sizes[0] ?? 0) / ((modules * 3) / W) - 1)).toBeLessThan(0.1);
  });

  it('flags a symbol whose data is under a band of glare but whose finder patterns are intact', async () => {
    const frame = backgroundFrame(W, H, 5);
    const size = drawQr(frame, 'https://shop.example.com/g/GLARE2345678', 500, 250, 9);
    // Rows 9 .. size-10 hold only data: blow them out across the whole symbol.
    fillRect(frame, 500, 250 + (4 + 9) * 9, (size + 8) * 9, (size - 19) * 9, 255);
    expect(await detectQr(frame)).toEqual({ codes: [], sizes: [], undecodable: true, cardLike: false });
  });

  it('finds nothing in a natural-ish frame with stripes, text-like marks and gradients', async () => {
    const frame = backgroundFrame(W, H, 6);
    const random = seededRandom(7);
    for (let i = 0; i < 400; i++) {
      const w = 2 + Math.floor(random() * 40);
      const h = 2 + Math.floor(random() * 40);
      fillRect(frame, Math.floor(random() * (W - w)), Math.floor(random() * (H - h)), w, h, Math.floor(random() * 256));
    }
    for (let x = 0; x < 300; x += 12) fillRect(frame, 1100 + x, 100, 6, 700, 20);
    expect(await detectQr(frame)).toEqual({ codes: [], sizes: [], undecodable: false, cardLike: false });
  });

  it('calls a large white card with its code blown out card-like', async () => {
    const frame = backgroundFrame(W, H, 8);
    fillRect(frame, 330, 160, 860, 700, 252);
    expect(await detectQr(frame)).toEqual({ codes: [], sizes: [], undecodable: false, cardLike: true });
  });

  it('calls a straight-edged white block running off the bottom card-like: a card held low looks just so (in doubt, hold)', async () => {
    const frame = backgroundFrame(W, H, 10);
    fillRect(frame, 330, 450, 860, H - 450, 252);
    expect((await detectQr(frame)).cardLike).toBe(true);
  });

  it('does not call a white shirt with rounded shoulders card-like, even above a darker hem', async () => {
    const frame = backgroundFrame(W, H, 11);
    for (let row = 0; row < 420; row++) {
      // Shoulders: the bright area widens from the collar down, like a torso seen from the front.
      const half = Math.min(470, 180 + Math.sqrt(row) * 40);
      fillRect(frame, Math.round(W / 2 - half), 520 + row, Math.round(2 * half), 1, 250);
    }
    expect((await detectQr(frame)).cardLike).toBe(false);
  });

  it('does not call a bright sky over the whole top of the frame card-like', async () => {
    const frame = backgroundFrame(W, H, 9);
    fillRect(frame, 0, 0, W, 450, 245);
    expect((await detectQr(frame)).cardLike).toBe(false);
  });
});
