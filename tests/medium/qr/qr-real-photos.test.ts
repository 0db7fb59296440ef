import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';
import { READ_BY_RETRY, READ_CORRECTLY } from './qr-real-photos-reads.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const QR_PHOTOS = path.join(FIXTURES, 'qr-photos');
/** All 145 real photos, where ../shared is beside the checkout; the fixtures hold 41 of them. */
const ALL_QR_PHOTOS = path.resolve(import.meta.dirname, '../../../../shared/data/qr-photos');
const CAMERA_JPEGS = [path.join(FIXTURES, 'camera-jpegs')];
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

interface Reads {
  /** Photos whose trusted payload was read. */
  correct: string[];
  /** Reads that are neither the trusted payload nor a second symbol known to be there. */
  wrong: string[];
  /** Every photo read, with what was read (line endings as LF). */
  codes: Record<string, string[]>;
}

async function readFolder(root: string): Promise<Reads> {
  const reads: Reads = { correct: [], wrong: [], codes: {} };
  const names = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const name of names) {
    const meta = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as {
      expected: string | null;
      truth: 'zxing' | 'jsqr-snapshot' | 'unknown';
    };
    const codes = (await detectQr(await greyFrame(path.join(root, name, 'input.png')))).codes.map(lf);
    if (codes.length === 0) continue;
    reads.codes[name] = codes;
    // jsQR renders bytes that are not UTF-8 as "": such a snapshot names no payload to compare with.
    if (meta.truth === 'unknown' || meta.expected === null || meta.expected === '') continue;
    const expected = [lf(meta.expected), ...(SECOND_SYMBOLS[name] ? [SECOND_SYMBOLS[name]] : [])];
    if (codes.includes(lf(meta.expected))) reads.correct.push(name);
    for (const code of codes) if (!expected.includes(code)) reads.wrong.push(`${name}: ${JSON.stringify(code)}`);
  }
  return reads;
}

describe('detectQr on real QR photos', () => {
  it('reads exactly the trusted payloads it read before among the fixtures, never a wrong one', async () => {
    const fixtures = new Set(readdirSync(QR_PHOTOS));
    const reads = await readFolder(QR_PHOTOS);
    expect(reads.wrong).toEqual([]);
    expect(reads.correct).toEqual(READ_CORRECTLY.filter((name) => fixtures.has(name)));
    // The symbols only a retry on an enlarged crop reads are among the fixtures: a clone without
    // ../shared still sees the retries at work.
    expect(Object.keys(READ_BY_RETRY).filter((name) => fixtures.has(name))).toEqual(Object.keys(READ_BY_RETRY));
    expect(Object.fromEntries(Object.keys(READ_BY_RETRY).map((name) => [name, reads.codes[name]]))).toEqual(READ_BY_RETRY);
  });

  it.skipIf(!existsSync(ALL_QR_PHOTOS))('reads exactly these trusted payloads among all 145 photos, never a wrong one', async () => {
    const reads = await readFolder(ALL_QR_PHOTOS);
    expect(reads.wrong).toEqual([]);
    expect(reads.correct).toEqual(READ_CORRECTLY);
    // What only the retries read, payload known or not, is pinned photo by photo.
    expect(Object.fromEntries(Object.keys(READ_BY_RETRY).map((name) => [name, reads.codes[name]]))).toEqual(READ_BY_RETRY);
  }, 120_000);

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
