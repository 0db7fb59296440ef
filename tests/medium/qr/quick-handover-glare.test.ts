import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';
import { BRIGHT_BACKDROPS, LARGE, SMALL, WHITE_CLOTHES, cardScene, lookWith, type Resolution } from '../../support/card-like-frames.js';
import { renderJpeg } from '../../support/shoot/render-jpeg.js';
import type { CardLook, Pose, Scene } from '../../support/shoot/scene.js';
import { GLARE_REPORTS } from '../../unit/sort/build-photos.js';

// Issue 5, design §2.5: after a quick handover no pause tells the sorter that a new pupil stepped up, so a card
// under glare must be told by its frame alone. These are the glares the test shoots draw (render-card.ts), and what
// the QR stage must report for each is the table the split's property test models them by (GLARE_REPORTS).

const CAMERA_JPEGS = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'camera-jpegs');
const CODE = 'K7QX2MPA';
const URL = `https://shop.example.com/g/${CODE}`;
const pose = (dx: number, dy: number, scale = 1, tilt = 0): Pose => ({ dx, dy, scale, tilt });

/** The scan's luminance frame of the scene, rendered as a camera JPEG. */
async function qrFrameOf(scene: Scene, resolution: Resolution): Promise<GreyFrame> {
  return (await analyseImage(await renderJpeg(scene, { ...resolution, exif: null }))).qrFrame;
}

interface GlareRow {
  name: string;
  card: Partial<CardLook> & { glare: keyof typeof GLARE_REPORTS };
  resolution: Resolution;
  white?: boolean;
}

/** Each glare at the sizes a hurried hold gives (0.7–1.1), tilted a little either way, bare codes and URLs, held and held low. */
const GLARES: GlareRow[] = (['partial', 'spot', 'blown'] as const).flatMap((glare, g) =>
  [0.7, 0.85, 1, 1.1].map((size, s): GlareRow => {
    const rotation = (s % 2 === 0 ? 1 : -1) * ([4, 7, 10, 6][s] ?? 4);
    const url = (s + g) % 2 === 1;
    const placement = s === 3 ? 'cropped-bottom' : 'held';
    return {
      name: `${glare}, size ${size}, ${rotation}°, ${url ? 'URL' : 'bare code'}, ${placement}${s === 2 ? ', white shirt' : ''}`,
      card: { glare, size, rotation, placement, payloads: [url ? URL : CODE] },
      resolution: SMALL,
      white: s === 2,
    };
  }),
);
const LARGE_GLARES: GlareRow[] = [
  { name: 'partial, 24 MP', card: { glare: 'partial', size: 0.8, rotation: -6, payloads: [URL] }, resolution: LARGE },
  { name: 'spot, 24 MP', card: { glare: 'spot', size: 1, rotation: 8, payloads: [CODE] }, resolution: LARGE },
];

describe('the QR stage on cards glared after a quick handover', () => {
  it.each([...GLARES, ...LARGE_GLARES])('$name: no code, and reported as GLARE_REPORTS says', async ({ card, resolution, white }) => {
    const look = lookWith(white ? { clothes: WHITE_CLOTHES } : {});
    const result = await detectQr(await qrFrameOf(cardScene(look, pose(0.02, 0.03, 1.05), card), resolution));
    expect(result.codes).toEqual([]);
    const reported = GLARE_REPORTS[card.glare];
    for (const [flag, value] of Object.entries(reported)) expect(result[flag as keyof typeof reported]).toBe(value);
  });

  it('holds a sibling card whose second symbol is under glare, though the first is read', async () => {
    const siblings = (glare: CardLook['glare']): Scene => cardScene(lookWith(), pose(0, 0.02), { glare, payloads: [CODE, 'PBXRNKZ4'] });
    const clear = await detectQr(await qrFrameOf(siblings('none'), SMALL));
    expect([...clear.codes].sort()).toEqual([CODE, 'PBXRNKZ4']);
    expect(clear.undecodable).toBe(false);
    // The band lies over the left symbol: its top-left finder pattern is all that is left of it.
    const glared = await detectQr(await qrFrameOf(siblings('partial'), SMALL));
    expect(glared.codes).toEqual(['PBXRNKZ4']);
    expect(glared.undecodable).toBe(true);
  });
});

describe('the QR stage on frames without a card', () => {
  const portraits: { name: string; scene: Scene }[] = [
    { name: 'a blue shirt', scene: { type: 'portrait', look: lookWith(), pose: pose(0, 0) } },
    { name: 'a white shirt on white paper', scene: { type: 'portrait', look: lookWith({ clothes: WHITE_CLOTHES, backdrop: BRIGHT_BACKDROPS[0] ?? ['#e8e8e8', '#f7f7f7'] }), pose: pose(0.03, 0, 1.2, 8) } },
    { name: 'a poster whose code is read', scene: { type: 'portrait', look: lookWith(), pose: pose(-0.03, 0.02), poster: 'https://www.example.org/events/summer-fair.html' } },
  ];

  it.each(portraits)('$name holds nothing', async ({ scene }) => {
    const result = await detectQr(await qrFrameOf(scene, SMALL));
    expect([result.undecodable, result.cardLike]).toEqual([false, false]);
  });

  it('holds none of the real camera JPEGs', async () => {
    const files = readdirSync(CAMERA_JPEGS).filter((name) => name.endsWith('.jpg') && name !== 'corrupted.jpg');
    expect(files.length).toBeGreaterThan(15);
    const held: string[] = [];
    for (const name of files) {
      const result = await detectQr((await analyseImage(readFileSync(path.join(CAMERA_JPEGS, name)))).qrFrame);
      if (result.undecodable || result.cardLike) held.push(name);
    }
    expect(held).toEqual([]);
  });
});
