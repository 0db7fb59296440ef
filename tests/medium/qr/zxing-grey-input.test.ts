import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { greyToRgba } from '../../../electron/core/qr/grey-to-rgba.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';
import { readZxingSymbols, type ZxingSymbol } from '../../../electron/core/qr/zxing-reader.js';

// readZxingSymbols hands ZXing the frame as a PGM file instead of the RGBA pixels the package takes.
// Any slip there (a header off by a byte, a row stride, a frame that is a view into a larger buffer)
// shifts or shears the image: symbols then go unread, or are read in another place. Each frame is
// read both ways, and every symbol, outline and unreadable symbol must be the same.

const QR_PHOTOS = path.resolve(import.meta.dirname, '../../fixtures/qr-photos');

/** The package's own pixel path, with the options the detector's first pass uses. */
async function readFromRgba(frame: GreyFrame): Promise<ZxingSymbol[]> {
  const results = await readBarcodes(
    { data: greyToRgba(frame), width: frame.width, height: frame.height, colorSpace: 'srgb' },
    { formats: ['QRCode'], tryHarder: true, tryRotate: false, tryInvert: false, maxNumberOfSymbols: 0, returnErrors: true, textMode: 'Plain' },
  );
  return results
    .map((r): ZxingSymbol => ({ text: r.isValid ? r.text : null, quad: [r.position.topLeft, r.position.topRight, r.position.bottomRight, r.position.bottomLeft] }))
    .filter((s) => s.text !== null || s.quad.some((p) => p.x !== 0 || p.y !== 0));
}

async function greyFrame(file: string, longEdge: number): Promise<GreyFrame> {
  const { data, info } = await sharp(file).greyscale().resize(longEdge, longEdge, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/** The frame's pixels at an offset inside a larger buffer, as a crop or a pooled buffer would hand them over. */
function atOffset(frame: GreyFrame): GreyFrame {
  const padded = new Uint8Array(frame.data.length + 4096).fill(17);
  padded.set(frame.data, 1024);
  return { ...frame, data: padded.subarray(1024, 1024 + frame.data.length) };
}

describe('ZXing reads the grey frame as the RGBA pixels would give it', () => {
  const photos = readdirSync(QR_PHOTOS).filter((name) => existsSync(path.join(QR_PHOTOS, name, 'input.png'))).sort();

  // The reader loads the wasm binary from node_modules (the package would fetch it from a CDN).
  beforeAll(async () => {
    await readZxingSymbols({ data: new Uint8Array(64), width: 8, height: 8 });
  });

  it('finds the same symbols on every real photo of the fixtures, at even and odd sizes', async () => {
    let symbols = 0;
    let unread = 0;
    for (const [index, name] of photos.entries()) {
      const longEdge = index % 2 === 0 ? 1500 : 999;
      const frame = await greyFrame(path.join(QR_PHOTOS, name, 'input.png'), longEdge);
      const expected = await readFromRgba(frame);
      expect({ name, longEdge, symbols: await readZxingSymbols(frame) }).toEqual({ name, longEdge, symbols: expected });
      symbols += expected.length;
      unread += expected.filter((s) => s.text === null).length;
    }
    // The comparison means something only if both ways read codes and located symbols they could not read.
    expect(symbols - unread).toBeGreaterThan(20);
    expect(unread).toBeGreaterThan(0);
  });

  it('reads a frame that is a view into a larger buffer from its own first pixel', async () => {
    const name = photos.find((n) => n === 'hk-ikea') ?? photos[0] ?? '';
    const frame = await greyFrame(path.join(QR_PHOTOS, name, 'input.png'), 1001);
    const expected = await readFromRgba(frame);
    expect(expected.some((s) => s.text !== null)).toBe(true);
    expect(await readZxingSymbols(atOffset(frame))).toEqual(expected);
  });
});
