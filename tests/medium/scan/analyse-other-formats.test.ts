import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisOutcome } from '../../../electron/core/db/photos.js';
import { analysePhoto } from '../../../electron/core/scan/analyse-photo.js';
import { walkFolder, type WalkResult } from '../../../electron/core/scan/walk-folder.js';
import { renderCardSvg } from '../../support/shoot/render-card.js';

const work = mkdtempSync(join(tmpdir(), 'shootdesk-formats-'));
const root = join(work, 'shoot');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RED = { r: 255, g: 0, b: 0 };
const CARD_PAYLOAD = 'https://shop.example.com/g/CU7HCDZT';
const EXIF = { IFD0: { Make: 'Apple', Model: 'iPhone 15' }, IFD2: { DateTimeOriginal: '2026:05:12 09:31:07', SubSecTimeOriginal: '042' } };
const NOT_AN_IMAGE = 'not a readable image (its content is not JPEG, PNG, TIFF, WebP, AVIF or GIF)';

const solid = (width: number, height: number, channels: 3 | 4 = 3, background: object = RED) => sharp({ create: { width, height, channels, background } });

/** A pupil holding a QR card, drawn as the test shoot draws it, saved as a PNG screenshot or export would be. */
function cardPng(): Promise<Buffer> {
  const look = { backdrop: ['#2b3440', '#5d6b7c'] as const, skin: '#e0ac85', hair: '#2a1a10', clothes: '#2f5d9a', accent: '#a33a3a' };
  const svg = renderCardSvg({ width: 1200, height: 800 }, look, { dx: 0, dy: 0, scale: 1, tilt: 0 }, { payloads: [CARD_PAYLOAD], rotation: 3, blur: 0, glare: 'none' });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function animatedGif(): Promise<Buffer> {
  const frames = await Promise.all([RED, { r: 0, g: 255, b: 0 }].map((background) => solid(300, 200, 3, background).png().toBuffer()));
  return sharp(frames, { join: { animated: true } }).gif().toBuffer();
}

/** Every file of the folder, as a photographer might bring it: contents generated for real. */
async function writeShoot(): Promise<void> {
  const files: Record<string, Buffer | string | Promise<Buffer>> = {
    'cam/IMG_0001.png': solid(640, 480).png().toBuffer(),
    'cam/IMG_0002.tif': solid(600, 400).toColourspace('rgb16').tiff({ compression: 'lzw' }).toBuffer(),
    'cam/IMG_0003.webp': solid(400, 200).webp().withExif(EXIF).withMetadata({ orientation: 6 }).toBuffer(),
    'cam/IMG_0004.avif': solid(320, 240).avif({ effort: 0 }).withExif(EXIF).toBuffer(),
    'cam/IMG_0005.gif': animatedGif(),
    'cam/IMG_0006.tif': solid(300, 200).toColourspace('cmyk').tiff({ compression: 'lzw' }).toBuffer(),
    'cam/IMG_0007.png': solid(200, 150, 4, { r: 0, g: 0, b: 0, alpha: 0.5 }).png().toBuffer(),
    'cam/IMG_0008.png': sharp(Buffer.alloc(160 * 120, 90), { raw: { width: 160, height: 120, channels: 1 } }).toColourspace('b-w').png().toBuffer(),
    'cam/IMG_0009.jpg': solid(500, 300).png().toBuffer(),
    'cam/IMG_0010.tif': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
    'cam/IMG_0011.png': 'Class 4B, photo day: Tuesday\n'.repeat(40),
    'cam/IMG_0012.NEF': Buffer.alloc(2048, 7),
    'cam/MVI_0013.MOV': Buffer.alloc(4096, 1),
    'cam/poster.psd': Buffer.concat([Buffer.from('8BPS', 'latin1'), Buffer.alloc(512)]),
    'cam/IMG_0001.xmp': '<x:xmpmeta/>',
    'cam/.DS_Store': Buffer.alloc(64),
    'cam/._IMG_0001.png': Buffer.alloc(64),
    'cam/Thumbs.db': Buffer.alloc(64),
    'cam/desktop.ini': '[.ShellClassInfo]',
    'DCIM/CANONMSC/M0100.CTG': Buffer.alloc(64),
    // AV1 in a .HEIC name, as in the test shoot: a camera's HEIF is refused by name, so not even this one is read.
    'phone/IMG_4501.HEIC': solid(120, 90).heif({ compression: 'av1', effort: 0 }).toBuffer(),
    'cards/IMG_0100.png': cardPng(),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), await content);
  }
  // A 3-GB scan, sparse: a TIFF header, then nothing written but the size.
  mkdirSync(join(root, 'scans'));
  writeFileSync(join(root, 'scans/archive.tif'), Buffer.from('II*\0\x08\0\0\0', 'latin1'));
  truncateSync(join(root, 'scans/archive.tif'), 3 * 1024 ** 3);
}

let walked: WalkResult;
const outcomes = new Map<string, AnalysisOutcome>();

beforeAll(async () => {
  await writeShoot();
  walked = await walkFolder(root);
  for (const [id, file] of walked.files.entries()) {
    outcomes.set(file.relPath, await analysePhoto({ id, path: join(root, file.relPath), cacheDir: join(work, 'cache') }));
  }
});

function analysed(relPath: string) {
  const outcome = outcomes.get(relPath);
  if (!outcome?.ok) throw new Error(`${relPath} was not analysed: ${outcome ? outcome.message : 'not listed'}`);
  return outcome.record;
}

function failure(relPath: string): string {
  const outcome = outcomes.get(relPath);
  if (!outcome || outcome.ok) throw new Error(`${relPath} did not fail: ${outcome ? 'analysed' : 'not listed'}`);
  return outcome.message;
}

describe('a scan of a folder with every kind of file', () => {
  it('lists the pictures, and names every other file but the clutter, with what to do', () => {
    expect(walked.files.map((f) => f.relPath)).toEqual([
      'cam/IMG_0001.png',
      'cam/IMG_0002.tif',
      'cam/IMG_0003.webp',
      'cam/IMG_0004.avif',
      'cam/IMG_0005.gif',
      'cam/IMG_0006.tif',
      'cam/IMG_0007.png',
      'cam/IMG_0008.png',
      'cam/IMG_0009.jpg',
      'cam/IMG_0010.tif',
      'cam/IMG_0011.png',
      'cards/IMG_0100.png',
      'phone/IMG_4501.HEIC',
      'scans/archive.tif',
    ]);
    expect(walked.errors).toEqual([
      { relPath: 'cam/IMG_0012.NEF', message: 'RAW without a JPEG: set the camera to RAW+JPEG or export JPEGs' },
      { relPath: 'cam/MVI_0013.MOV', message: 'not sorted: video files are not photos' },
      { relPath: 'cam/poster.psd', message: 'not a readable image (PSD is not supported; convert to JPEG)' },
    ]);
  });

  it.each([
    ['cam/IMG_0001.png', 'PNG', 640, 480],
    ['cam/IMG_0002.tif', '16-bit TIFF', 600, 400],
    ['cam/IMG_0005.gif', 'animated GIF (first frame)', 300, 200],
    ['cam/IMG_0006.tif', 'CMYK TIFF', 300, 200],
    ['cam/IMG_0007.png', 'PNG with alpha', 200, 150],
    ['cam/IMG_0008.png', 'greyscale PNG', 160, 120],
    ['cam/IMG_0009.jpg', 'PNG named .jpg, read by its content', 500, 300],
  ])('analyses %s (%s) at its size, without a capture time it does not carry', (relPath, _what, width, height) => {
    expect(analysed(relPath)).toMatchObject({ width, height, capturedAt: null, subsec: null, make: null, qrCodes: [] });
  });

  it('reads the WebP upright and its capture time and camera from its EXIF', () => {
    expect(analysed('cam/IMG_0003.webp')).toMatchObject({
      width: 200,
      height: 400,
      orientation: 6,
      capturedAt: '2026:05:12 09:31:07',
      subsec: '042',
      make: 'Apple',
      model: 'iPhone 15',
    });
  });

  it('reads the AVIF and its capture time from its EXIF', () => {
    expect(analysed('cam/IMG_0004.avif')).toMatchObject({ width: 320, height: 240, capturedAt: '2026:05:12 09:31:07', subsec: '042' });
  });

  it('fails garbage named .tif and text named .png as no image, naming the file', () => {
    expect(failure('cam/IMG_0010.tif')).toBe(NOT_AN_IMAGE);
    expect(failure('cam/IMG_0011.png')).toBe(NOT_AN_IMAGE);
  });

  it('fails a HEIF frame unread, with what to do', () => {
    expect(failure('phone/IMG_4501.HEIC')).toBe('not a readable image (HEIF is not supported; convert to JPEG)');
  });

  it('fails a file too large to read into memory, without trying', () => {
    expect(failure('scans/archive.tif')).toBe('image too large: the file is over 2 GB');
  });

  it('reads the QR card of a PNG', () => {
    expect(analysed('cards/IMG_0100.png')).toMatchObject({ width: 1200, height: 800, qrCodes: [CARD_PAYLOAD] });
  });
});
