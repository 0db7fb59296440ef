import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { MediaError, type MediaErrorCode } from '../../../electron/core/media/media-error.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/camera-jpegs/', import.meta.url));
const RED = { r: 255, g: 0, b: 0 };
const BLUE = { r: 0, g: 0, b: 255 };

/** Left half red, right half blue: any wrong rotation or mirroring moves the colours. */
async function makeHalves(width: number, height: number): Promise<Buffer> {
  const half = await sharp({ create: { width: width / 2, height, channels: 3, background: BLUE } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: RED } })
    .composite([{ input: half, left: width / 2, top: 0 }])
    .png()
    .toBuffer();
}

async function pixelAt(jpeg: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(y * (info.height - 1)) * info.width + Math.round(x * (info.width - 1))) * info.channels;
  return [...data.subarray(at, at + 3)];
}

function greyAt(frame: GreyFrame, x: number, y: number): number {
  return frame.data[Math.round(y * (frame.height - 1)) * frame.width + Math.round(x * (frame.width - 1))] ?? -1;
}

async function sizeOf(jpeg: Buffer): Promise<[number, number]> {
  const { width, height, format } = await sharp(jpeg).metadata();
  expect(format).toBe('jpeg');
  return [width, height];
}

async function expectMediaError(input: Buffer | Promise<Buffer>, code: MediaErrorCode, message: RegExp, maxPixels?: number) {
  const error: unknown = await analyseImage(await input, maxPixels ? { maxPixels } : {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MediaError);
  expect((error as MediaError).code).toBe(code);
  expect((error as MediaError).message).toMatch(message);
  // Shown to the photographer: no library internals.
  expect((error as MediaError).message).not.toMatch(/vips|sharp|libjpeg|buffer/i);
}

/** A real small JPEG whose frame header claims another size: a decompression bomb costs a few bytes. */
async function makeBomb(width: number, height: number): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: RED } }).jpeg().toBuffer();
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  jpeg.writeUInt16BE(height, sof + 5);
  jpeg.writeUInt16BE(width, sof + 7);
  return jpeg;
}

describe('analyseImage orientation', () => {
  it('applies EXIF orientation 6 to preview, thumbnail and QR frame, and swaps the size', async () => {
    const stored = await sharp(await makeHalves(400, 200)).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
    const image = await analyseImage(stored);

    expect([image.width, image.height]).toEqual([200, 400]);
    expect([image.qrFrame.width, image.qrFrame.height]).toEqual([200, 400]);
    // Rotated 90° clockwise for display: the stored left (red) half is now on top.
    for (const jpeg of [image.preview, image.thumbnail]) {
      const [r, , b] = await pixelAt(jpeg, 0.5, 0.1);
      expect(r).toBeGreaterThan(200);
      expect(b).toBeLessThan(60);
      const [r2, , b2] = await pixelAt(jpeg, 0.5, 0.9);
      expect(r2).toBeLessThan(60);
      expect(b2).toBeGreaterThan(200);
    }
    // BT.601 luminance: red ≈ 76, blue ≈ 29.
    expect(greyAt(image.qrFrame, 0.5, 0.1)).toBeGreaterThan(65);
    expect(greyAt(image.qrFrame, 0.5, 0.9)).toBeLessThan(40);
  });

  it.each(['landscape', 'portrait'])('shows every %s_N.jpg of the orientation set upright, like _1', async (shape) => {
    const read = (n: number) => analyseImage(readFileSync(`${FIXTURES}orientation/${shape}_${n}.jpg`));
    const upright = await read(1);
    for (let n = 2; n <= 8; n++) {
      const image = await read(n);
      expect([image.width, image.height], `${shape}_${n}`).toEqual([upright.width, upright.height]);
      expect(meanDifference(image.qrFrame, upright.qrFrame), `${shape}_${n}`).toBeLessThan(8);
    }
  });
});

function meanDifference(a: GreyFrame, b: GreyFrame): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0));
  return sum / a.data.length;
}

describe('analyseImage sizes', () => {
  it('shrinks a 24-MP camera JPEG on load to the size decoded at 1/4 scale', async () => {
    const camera = await sharp(await makeHalves(6000, 4000)).jpeg({ quality: 90 }).toBuffer();
    const image = await analyseImage(camera);

    expect([image.width, image.height]).toEqual([6000, 4000]);
    expect([image.qrFrame.width, image.qrFrame.height]).toEqual([1200, 800]);
    expect(image.qrFrame.data.length).toBe(1200 * 800);
    expect(await sizeOf(image.preview)).toEqual([1200, 800]);
    expect(await sizeOf(image.thumbnail)).toEqual([320, 213]);
  });

  it('keeps the 1500-px preview of a 20-MP camera JPEG, which 1/4 scale would leave under 1200 px', async () => {
    const image = await analyseImage(await sharp(await makeHalves(5472, 3648)).jpeg({ quality: 90 }).toBuffer());
    expect([image.qrFrame.width, image.qrFrame.height]).toEqual([1500, 1000]);
    expect(await sizeOf(image.preview)).toEqual([1500, 1000]);
  });

  it('honours previewEdge and thumbEdge', async () => {
    const image = await analyseImage(await sharp(await makeHalves(1200, 800)).jpeg().toBuffer(), { previewEdge: 600, thumbEdge: 100 });
    expect(await sizeOf(image.preview)).toEqual([600, 400]);
    expect(await sizeOf(image.thumbnail)).toEqual([100, 67]);
    expect([image.qrFrame.width, image.qrFrame.height]).toEqual([600, 400]);
  });

  it('reads PNG, never enlarges, and puts transparency on white', async () => {
    const png = await sharp({ create: { width: 640, height: 480, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const image = await analyseImage(png);

    expect([image.width, image.height]).toEqual([640, 480]);
    expect(await sizeOf(image.preview)).toEqual([640, 480]);
    expect(await sizeOf(image.thumbnail)).toEqual([320, 240]);
    expect(greyAt(image.qrFrame, 0.5, 0.5)).toBe(255);
  });

  it('reads a real camera JPEG', async () => {
    const image = await analyseImage(readFileSync(`${FIXTURES}gps/DSCN0010.jpg`));
    expect([image.width, image.height]).toEqual([640, 480]);
  });
});

describe('analyseImage bad input', () => {
  const camera = readFileSync(`${FIXTURES}gps/DSCN0010.jpg`);

  it('reports an empty file', () => expectMediaError(Buffer.alloc(0), 'empty', /^empty file/));

  it('reports a text file named .jpg', () =>
    expectMediaError(Buffer.from('Class 4B, photo day: Tuesday\n'.repeat(40)), 'unsupported', /^not a readable image/));

  it('names HEIC and says what to do', () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(200)]);
    return expectMediaError(heic, 'unsupported', /HEIC is not supported; convert to JPEG/);
  });

  it('names a format sharp reads but photos never are (an SVG drawing saved as .jpg)', () =>
    expectMediaError(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="red"/></svg>'),
      'unsupported',
      /^not a readable image \(SVG is not supported; convert to JPEG\)$/,
    ));

  it('reports a JPEG cut in half as truncated instead of importing a half-grey picture', () =>
    expectMediaError(camera.subarray(0, camera.length >> 1), 'corrupt', /^image is truncated or corrupt/));

  it('reports a JPEG cut inside its header', () => expectMediaError(camera.subarray(0, 300), 'corrupt', /truncated or corrupt/));

  it('reports corrupt entropy-coded data', () =>
    expectMediaError(readFileSync(`${FIXTURES}corrupted.jpg`), 'corrupt', /truncated or corrupt/));

  it('refuses a 20000×20000 decompression bomb under the default limit', () =>
    expectMediaError(makeBomb(20000, 20000), 'too-large', /^image too large: 400 megapixels \(20000×20000\) exceeds the 100-megapixel limit$/));

  it('refuses a real JPEG above a given maxPixels', () =>
    expectMediaError(
      sharp({ create: { width: 3000, height: 2000, channels: 3, background: BLUE } }).jpeg().toBuffer(),
      'too-large',
      /^image too large: 6 megapixels .* exceeds the 5-megapixel limit$/,
      5e6,
    ));
});
