import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseImage } from '../../electron/core/media/analyse-image.js';
import { downscaleGrey } from '../../electron/core/qr/downscale-grey.js';
import type { GreyFrame } from '../../electron/core/qr/qr-types.js';
import { renderJpeg } from './shoot/render-jpeg.js';
import type { CardLook, PersonLook, Pose, Scene } from './shoot/scene.js';

/** What detectQr hands to isCardLike: the scan's luminance frame reduced to this long edge. */
export const REDUCED_LONG_EDGE = 640;

export interface Resolution {
  width: number;
  height: number;
  /** JPEG quality: the test shoot's default camera, and the bench shoot's 24-MP one. */
  quality: number;
}

export const SMALL: Resolution = { width: 1200, height: 800, quality: 85 };
export const LARGE: Resolution = { width: 6000, height: 4000, quality: 90 };

export const DARK_BACKDROP: readonly [string, string] = ['#2b3440', '#5d6b7c'];
/** White seamless paper, a pale grey and a pale blue: the bright studio backdrops. */
export const BRIGHT_BACKDROPS: readonly (readonly [string, string])[] = [
  ['#e8e8e8', '#f7f7f7'],
  ['#c8c8c8', '#e4e4e4'],
  ['#c4d4e4', '#e6eef6'],
];
export const WHITE_CLOTHES = '#e6e6e6';

export function lookWith(overrides: Partial<PersonLook> = {}): PersonLook {
  return { backdrop: DARK_BACKDROP, skin: '#e0ac85', hair: '#2a1a10', clothes: '#2f5d9a', accent: '#a33a3a', ...overrides };
}

export function cardScene(look: PersonLook, pose: Pose, card: Partial<CardLook>): Scene {
  return { type: 'card', look, pose, card: { payloads: ['K7QX2MPA'], rotation: 0, blur: 0, glare: 'blown', ...card } };
}

/** Bumped when what a cached frame depends on (the scene renderer, the scan's decode) changes. */
const CACHE_VERSION = 2;
const CACHE_DIR = path.join(tmpdir(), 'shootdesk-card-like-frames');

/**
 * Renders the scene as a camera JPEG and reduces it as the scan does (analyseImage's one shrink-on-load decode
 * (1200 px for 6000-px JPEGs, decodeEdge) and luminance, then detectQr's box downscale to 640 px). With `cache`, frames are kept in the
 * system's temp folder, keyed by scene and resolution, so that a second bench run only measures.
 */
export async function reducedFrame(scene: Scene, resolution: Resolution, cache = false): Promise<GreyFrame> {
  const key = createHash('sha256').update(JSON.stringify({ v: CACHE_VERSION, scene, resolution })).digest('hex').slice(0, 24);
  const file = path.join(CACHE_DIR, `${key}.grey`);
  if (cache && existsSync(file)) {
    const bytes = readFileSync(file);
    const width = bytes.readUInt16LE(0);
    const height = bytes.readUInt16LE(2);
    return { data: new Uint8Array(bytes.buffer, bytes.byteOffset + 4, width * height), width, height };
  }
  const jpeg = await renderJpeg(scene, { ...resolution, exif: null });
  const { qrFrame } = await analyseImage(jpeg);
  const reduced = downscaleGrey(qrFrame, REDUCED_LONG_EDGE);
  if (cache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const header = Buffer.alloc(4);
    header.writeUInt16LE(reduced.width, 0);
    header.writeUInt16LE(reduced.height, 2);
    writeFileSync(file, Buffer.concat([header, reduced.data]));
  }
  return reduced;
}
