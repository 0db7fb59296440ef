import { crc32 } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { MediaError, type MediaErrorCode } from '../../../electron/core/media/media-error.js';
import { readExif } from '../../../electron/core/media/read-exif.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';
import { buildTiff } from './build-tiff.js';

const RED = { r: 255, g: 0, b: 0 };
const GREEN = { r: 0, g: 255, b: 0 };
const BLUE = { r: 0, g: 0, b: 255 };
const EXIF = {
  IFD0: { Make: 'FUJIFILM', Model: 'X-T5' },
  IFD2: { DateTimeOriginal: '2026:05:12 09:31:07', SubSecTimeOriginal: '042' },
};
const CAPTURED = { dateTimeOriginal: '2026:05:12 09:31:07', subSecTimeOriginal: '042', make: 'FUJIFILM', model: 'X-T5' };

/** Left half red, right half blue (400×200): any wrong rotation or mirroring moves the colours. */
async function halves(): Promise<Sharp> {
  const half = await sharp({ create: { width: 200, height: 200, channels: 3, background: BLUE } }).png().toBuffer();
  const png = await sharp({ create: { width: 400, height: 200, channels: 3, background: RED } })
    .composite([{ input: half, left: 200, top: 0 }])
    .png()
    .toBuffer();
  return sharp(png);
}

async function pixelAt(jpeg: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(y * (info.height - 1)) * info.width + Math.round(x * (info.width - 1))) * info.channels;
  return [...data.subarray(at, at + 3)];
}

function greyAt(frame: GreyFrame, x: number, y: number): number {
  return frame.data[Math.round(y * (frame.height - 1)) * frame.width + Math.round(x * (frame.width - 1))] ?? -1;
}

/** The stored 400×200 halves turned by EXIF orientation 6: portrait, red on top, in every derivative. */
async function expectTurnedUpright(input: Buffer): Promise<void> {
  const image = await analyseImage(input);
  expect([image.width, image.height]).toEqual([200, 400]);
  expect([image.qrFrame.width, image.qrFrame.height]).toEqual([200, 400]);
  for (const jpeg of [image.preview, image.thumbnail]) {
    const [top, bottom] = [await pixelAt(jpeg, 0.5, 0.1), await pixelAt(jpeg, 0.5, 0.9)];
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[0]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
  }
}

async function expectMediaError(input: Buffer, code: MediaErrorCode, message: RegExp, maxPixels?: number): Promise<void> {
  const error: unknown = await analyseImage(input, maxPixels ? { maxPixels } : {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MediaError);
  expect((error as MediaError).code).toBe(code);
  expect((error as MediaError).message).toMatch(message);
  expect((error as MediaError).message).not.toMatch(/vips|sharp|libtiff|libpng|heif:|buffer/i);
}

/** Frames of one colour each, joined as pages: an animated GIF or a multi-page TIFF. */
async function pages(colours: { r: number; g: number; b: number }[]): Promise<Sharp> {
  const frames = await Promise.all(colours.map((background) => sharp({ create: { width: 300, height: 200, channels: 3, background } }).png().toBuffer()));
  return sharp(frames, { join: { animated: true } });
}

describe('analyseImage and readExif read every photo format', () => {
  it('PNG: turned by the orientation in its eXIf chunk, capture time from it', async () => {
    const png = await (await halves()).png().withExif(EXIF).withMetadata({ orientation: 6 }).toBuffer();
    await expectTurnedUpright(png);
    expect(await readExif(png)).toEqual({ ...CAPTURED, serial: null, orientation: 6 });
  });

  it('WebP: turned by the orientation in its EXIF chunk, capture time from it', async () => {
    const webp = await (await halves()).webp({ quality: 90 }).withExif(EXIF).withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(webp).metadata()).format).toBe('webp');
    await expectTurnedUpright(webp);
    expect(await readExif(webp)).toEqual({ ...CAPTURED, serial: null, orientation: 6 });
  });

  it('WebP whose EXIF chunk holds the bare TIFF data, as the WebP spec has it (sharp keeps the JPEG "Exif" prefix)', async () => {
    const webp = await sharp({ create: { width: 64, height: 48, channels: 3, background: RED } }).webp().withExif(EXIF).toBuffer();
    expect(webp.indexOf('Exif\0\0II*', 0, 'latin1')).toBeGreaterThan(0);
    const bare = withBareWebpExif(webp);
    expect(bare.indexOf('Exif\0\0', 0, 'latin1')).toBe(-1);
    expect(await readExif(bare)).toMatchObject(CAPTURED);
    const image = await analyseImage(bare);
    expect([image.width, image.height]).toEqual([64, 48]);
  });

  it('AVIF: upright by its container, capture time from its Exif item', async () => {
    const avif = await (await halves()).avif({ quality: 70, effort: 0 }).withExif(EXIF).withMetadata({ orientation: 6 }).toBuffer();
    const header = await sharp(avif).metadata();
    expect([header.format, header.compression]).toEqual(['heif', 'av1']);
    await expectTurnedUpright(avif);
    expect(await readExif(avif)).toMatchObject(CAPTURED);
  });

  it('TIFF as cameras and scanners write it: orientation, camera and capture time from its IFDs', async () => {
    const rgb = await (await halves()).removeAlpha().raw().toBuffer();
    const tiff = buildTiff({
      width: 400,
      height: 200,
      rgb,
      ifd0: [
        { tag: 271, ascii: 'NIKON CORPORATION' },
        { tag: 272, ascii: 'NIKON D850' },
        { tag: 274, short: 6 },
      ],
      exif: [
        { tag: 36867, ascii: '2026:05:12 09:31:07' },
        { tag: 37521, ascii: '07' },
      ],
    });
    await expectTurnedUpright(tiff);
    expect(await readExif(tiff)).toEqual({
      dateTimeOriginal: '2026:05:12 09:31:07',
      subSecTimeOriginal: '07',
      make: 'NIKON CORPORATION',
      model: 'NIKON D850',
      serial: null,
      orientation: 6,
    });
  });

  it('16-bit TIFF: decoded to the same 8-bit colours', async () => {
    const tiff = await sharp({ create: { width: 600, height: 400, channels: 3, background: { r: 193, g: 64, b: 32 } } })
      .toColourspace('rgb16')
      .tiff({ compression: 'lzw' })
      .toBuffer();
    const header = await sharp(tiff).metadata();
    expect([header.format, header.depth]).toEqual(['tiff', 'ushort']);
    const image = await analyseImage(tiff);
    expect([image.width, image.height]).toEqual([600, 400]);
    const [r, g, b] = await pixelAt(image.preview, 0.5, 0.5);
    expect(Math.abs((r ?? 0) - 193) + Math.abs((g ?? 0) - 64) + Math.abs((b ?? 0) - 32)).toBeLessThan(12);
    expect(await readExif(tiff)).toMatchObject({ dateTimeOriginal: null, make: null });
  });

  it('CMYK TIFF: converted to RGB, red stays red', async () => {
    const tiff = await sharp({ create: { width: 300, height: 200, channels: 3, background: RED } }).toColourspace('cmyk').tiff({ compression: 'lzw' }).toBuffer();
    expect((await sharp(tiff).metadata()).space).toBe('cmyk');
    const image = await analyseImage(tiff);
    expect([image.width, image.height]).toEqual([300, 200]);
    const [r, g, b] = await pixelAt(image.preview, 0.5, 0.5);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(90);
    expect(b).toBeLessThan(90);
  });

  it('JPEG-compressed TIFF (sharp and many scanners write it)', async () => {
    const tiff = await sharp({ create: { width: 320, height: 240, channels: 3, background: BLUE } }).tiff({ compression: 'jpeg' }).toBuffer();
    const image = await analyseImage(tiff);
    expect([image.width, image.height]).toEqual([320, 240]);
    expect((await pixelAt(image.preview, 0.5, 0.5))[2]).toBeGreaterThan(200);
  });

  it('multi-page TIFF: the first page, sized as one page', async () => {
    const tiff = await (await pages([GREEN, RED, BLUE])).tiff({ compression: 'lzw' }).toBuffer();
    expect((await sharp(tiff).metadata()).pages).toBe(3);
    const image = await analyseImage(tiff);
    expect([image.width, image.height]).toEqual([300, 200]);
    const [r, g] = await pixelAt(image.preview, 0.5, 0.5);
    expect(g).toBeGreaterThan(200);
    expect(r).toBeLessThan(60);
  });

  it('animated GIF: the first frame, sized as one frame', async () => {
    const gif = await (await pages([RED, GREEN, BLUE])).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(3);
    const image = await analyseImage(gif);
    expect([image.width, image.height]).toEqual([300, 200]);
    expect([image.qrFrame.width, image.qrFrame.height]).toEqual([300, 200]);
    const [r, g] = await pixelAt(image.preview, 0.5, 0.5);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(60);
    expect(await readExif(gif)).toMatchObject({ dateTimeOriginal: null, orientation: null });
  });

  it('PNG with alpha: transparent areas on white, opaque ones as drawn', async () => {
    const black = await sharp({ create: { width: 100, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
    const png = await sharp({ create: { width: 200, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: black, left: 100, top: 0 }])
      .png()
      .toBuffer();
    const image = await analyseImage(png);
    expect(greyAt(image.qrFrame, 0.2, 0.5)).toBe(255);
    expect(greyAt(image.qrFrame, 0.8, 0.5)).toBeLessThan(5);
  });

  it('greyscale PNG (one channel): the grey values as they are', async () => {
    const grey = Buffer.alloc(200 * 100);
    for (let y = 0; y < 100; y++) grey.fill(40, y * 200, y * 200 + 100).fill(200, y * 200 + 100, y * 200 + 200);
    const png = await sharp(grey, { raw: { width: 200, height: 100, channels: 1 } }).toColourspace('b-w').png().toBuffer();
    expect((await sharp(png).metadata()).channels).toBe(1);
    const image = await analyseImage(png);
    expect([image.width, image.height]).toEqual([200, 100]);
    expect(Math.abs(greyAt(image.qrFrame, 0.2, 0.5) - 40)).toBeLessThanOrEqual(2);
    expect(Math.abs(greyAt(image.qrFrame, 0.8, 0.5) - 200)).toBeLessThanOrEqual(2);
  });
});

describe('analyseImage refuses what it cannot sort, per format', () => {
  const noise = () => sharp({ create: { width: 400, height: 300, channels: 3, background: RED, noise: { type: 'gaussian', mean: 128, sigma: 40 } } });

  it('says what the content is not when it is no picture at all', () =>
    expectMediaError(
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
      'unsupported',
      /^not a readable image \(its content is not JPEG, PNG, TIFF, WebP, AVIF or GIF\)$/,
    ));

  it.each([
    ['PNG', () => noise().png()],
    ['TIFF', () => noise().tiff({ compression: 'lzw' })],
    ['WebP', () => noise().webp()],
    ['AVIF', () => noise().avif({ effort: 0 })],
    ['GIF', () => noise().gif()],
  ] as const)('calls a %s cut in half truncated, not foreign', async (_format, encode) => {
    const whole = await encode().toBuffer();
    await expectMediaError(whole.subarray(0, whole.length >> 1), 'corrupt', /^image is truncated or corrupt; copy it again/);
  });

  it.each([
    ['PNG', () => sharp({ create: { width: 2000, height: 1500, channels: 3, background: RED } }).png()],
    ['TIFF', () => sharp({ create: { width: 2000, height: 1500, channels: 3, background: RED } }).tiff()],
    ['WebP', () => sharp({ create: { width: 2000, height: 1500, channels: 3, background: RED } }).webp()],
    ['AVIF', () => sharp({ create: { width: 2000, height: 1500, channels: 3, background: RED } }).avif({ effort: 0 })],
    ['GIF', () => sharp({ create: { width: 2000, height: 1500, channels: 3, background: RED } }).gif()],
  ] as const)('refuses a %s above the pixel limit, naming its size', async (_format, encode) => {
    await expectMediaError(await encode().toBuffer(), 'too-large', /^image too large: 3 megapixels \(2000×1500\) exceeds the 2-megapixel limit$/, 2e6);
  });

  it.each([
    ['PNG', () => pngClaiming(20000, 20000)],
    ['GIF', () => gifClaiming(20000, 20000)],
    ['TIFF', () => Promise.resolve(buildTiff({ width: 20000, height: 20000, rgb: Buffer.alloc(48) }))],
  ] as const)('refuses a %s decompression bomb under the default 100-MP limit before decoding it', async (_format, make) => {
    await expectMediaError(await make(), 'too-large', /^image too large: 400 megapixels \(20000×20000\) exceeds the 100-megapixel limit$/);
  });
});

/** A real 16×16 PNG whose IHDR (with a valid CRC, so the header is believed) claims another size. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: RED } }).png().toBuffer();
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** A real 16×16 GIF whose screen and frame descriptors claim another size. */
async function gifClaiming(width: number, height: number): Promise<Buffer> {
  const gif = await sharp({ create: { width: 16, height: 16, channels: 3, background: RED } }).gif().toBuffer();
  gif.writeUInt16LE(width, 6);
  gif.writeUInt16LE(height, 8);
  const descriptor = gif.indexOf(0x2c, 13);
  gif.writeUInt16LE(width, descriptor + 5);
  gif.writeUInt16LE(height, descriptor + 7);
  return gif;
}

/** The same WebP without the "Exif\0\0" sharp puts before the TIFF data of its EXIF chunk, sizes fixed up. */
function withBareWebpExif(webp: Buffer): Buffer {
  const at = webp.indexOf('EXIF', 12, 'latin1');
  const size = webp.readUInt32LE(at + 4);
  const data = webp.subarray(at + 8 + 6, at + 8 + size);
  const chunk = Buffer.alloc(8 + data.length + (data.length % 2));
  chunk.write('EXIF', 0, 'latin1');
  chunk.writeUInt32LE(data.length, 4);
  data.copy(chunk, 8);
  const out = Buffer.concat([webp.subarray(0, at), chunk, webp.subarray(at + 8 + size + (size % 2))]);
  out.writeUInt32LE(out.length - 8, 4);
  return out;
}
