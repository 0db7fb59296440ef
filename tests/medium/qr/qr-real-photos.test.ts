import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const QR_PHOTOS = path.join(FIXTURES, 'qr-photos');
const CAMERA_JPEGS = [path.join(FIXTURES, 'camera-jpegs')];
/** What the pipeline reads today among the fixtures with a trusted payload; a regression fails. */
const MIN_CORRECT_READS = 28;
/** 170 is a "double QR": an outer and an inner symbol, each with its own payload; the reference names only the outer one. */
const SECOND_SYMBOLS: Record<string, string> = { '170': '[内側QRコード]\n\n*ダブルQR*\nhttp://d-qr.net/ex/' };

/** The frame the scan pipeline hands over: oriented luminance, long edge at most 1500 px. */
async function greyFrame(file: string): Promise<GreyFrame> {
  const { data, info } = await sharp(file)
    .rotate()
    .greyscale()
    .resize(1500, 1500, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect(info.channels).toBe(1);
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/** Not a photo but a broken file: the scan pipeline reports it and never hands the detector a frame. */
const UNDECODABLE_FILES = new Set(['corrupted.jpg']);

const lf = (text: string): string => text.replace(/\r\n/g, '\n');

describe('detectQr on real QR photos', () => {
  const names = readdirSync(QR_PHOTOS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  it('reads trusted payloads correctly, never wrongly, and at least as many as before', async () => {
    let correct = 0;
    const wrong: string[] = [];
    for (const name of names) {
      const meta = JSON.parse(readFileSync(path.join(QR_PHOTOS, name, 'expected.json'), 'utf8')) as {
        expected: string | null;
        truth: 'zxing' | 'jsqr-snapshot' | 'unknown';
      };
      const { codes } = await detectQr(await greyFrame(path.join(QR_PHOTOS, name, 'input.png')));
      // jsQR renders bytes that are not UTF-8 as "": such a snapshot names no payload to compare with.
      if (meta.truth === 'unknown' || meta.expected === null || meta.expected === '' || codes.length === 0) continue;
      const expected = [lf(meta.expected), ...(SECOND_SYMBOLS[name] ? [SECOND_SYMBOLS[name]] : [])];
      const reads = codes.map(lf);
      if (reads.includes(lf(meta.expected))) correct++;
      for (const read of reads) if (!expected.includes(read)) wrong.push(`${name}: ${JSON.stringify(read)}`);
    }
    expect(wrong).toEqual([]);
    expect(correct).toBeGreaterThanOrEqual(MIN_CORRECT_READS);
  });

  it('flags the photo of an unreadable symbol (sheep) as undecodable', async () => {
    const result = await detectQr(await greyFrame(path.join(QR_PHOTOS, 'sheep', 'input.png')));
    expect(result).toEqual({ codes: [], sizes: [], undecodable: true, cardLike: false });
  });
});

describe('detectQr on ordinary camera photos', () => {
  const files = new Map<string, string>();
  for (const dir of CAMERA_JPEGS.filter((d) => existsSync(d))) {
    for (const name of readdirSync(dir).filter((n) => /\.jpe?g$/i.test(n))) {
      if (!files.has(name) && !UNDECODABLE_FILES.has(name)) files.set(name, path.join(dir, name));
    }
  }

  it('has photos to look at', () => {
    expect(files.size).toBeGreaterThanOrEqual(5);
  });

  it.each([...files])('%s holds no QR code, no symbol and no card', async (_name, file) => {
    expect(await detectQr(await greyFrame(file))).toEqual({ codes: [], sizes: [], undecodable: false, cardLike: false });
  });
});
