import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isCardLike } from '../../../electron/core/qr/card-like.js';
import { downscaleGrey } from '../../../electron/core/qr/downscale-grey.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';
import {
  BRIGHT_BACKDROPS,
  LARGE,
  REDUCED_LONG_EDGE,
  SMALL,
  WHITE_CLOTHES,
  cardScene,
  lookWith,
  reducedFrame,
  type Resolution,
} from '../../support/card-like-frames.js';
import { renderCardSvg } from '../../support/shoot/render-card.js';
import type { CardLook, PersonLook, Pose, Scene } from '../../support/shoot/scene.js';
import { backgroundFrame, fillRect } from '../../unit/qr/synthetic-frames.js';

// Design §2.5, issue 5: a card whose code glare has blown out must still hold the photos after it, however it is
// held; a portrait without a card, however white the shirt, should not. Generated as the test shoot draws them,
// encoded as a camera would, and reduced as the scan reduces them.

const WHITE = lookWith({ clothes: WHITE_CLOTHES, accent: WHITE_CLOTHES });
const WHITE_DARK_COLLAR = lookWith({ clothes: WHITE_CLOTHES, accent: '#1e3550', skin: '#8d5a3b', hair: '#111111' });
const BLUE = lookWith();
const pose = (dx: number, dy: number, scale = 1, tilt = 0): Pose => ({ dx, dy, scale, tilt });

interface CardRow {
  name: string;
  look: PersonLook;
  pose: Pose;
  card: Partial<CardLook>;
  resolution: Resolution;
}

const PLACEMENTS = ['held', 'cropped-bottom', 'cropped-side'] as const;
const SIZES = [0.6, 0.8, 1, 1.2];
const TILTS = [-20, 8, -4, 20];

/**
 * Each placement at each size, once in a white shirt and once in a blue one, with the tilt, the blur, how much
 * runs off (the pose's dy: 15 % to 35 %) and the side it runs off (dx) varied across the rows.
 */
const CARDS: CardRow[] = [
  ...PLACEMENTS.flatMap((placement, p) =>
    SIZES.flatMap((size, s) =>
      [WHITE, BLUE].map((look, l): CardRow => {
        const rotation = (l === 0 ? 1 : -1) * (TILTS[(s + p) % TILTS.length] ?? 0);
        const blur = (s + l) % 2 === 0 ? 0 : 1.5;
        const dy = (s + p + l) % 2 === 0 ? 0.04 : -0.04;
        const dx = l === 0 ? -0.05 : 0.05;
        return {
          name: `${placement}, size ${size}, ${rotation}°, ${look === WHITE ? 'white' : 'blue'} shirt${blur ? ', blurred' : ''}`,
          look,
          pose: pose(dx, dy, 1 + (s - 1.5) * 0.05),
          card: { placement, size, rotation, blur },
          resolution: SMALL,
        };
      }),
    ),
  ),
  { name: 'small, held low, before a white shirt with a dark collar', look: WHITE_DARK_COLLAR, pose: pose(0.02, 0.04, 0.9), card: { placement: 'cropped-bottom', size: 0.6, rotation: 3 }, resolution: SMALL },
  { name: 'large, tilted, off the left edge', look: WHITE, pose: pose(-0.06, 0, 1.1), card: { placement: 'cropped-side', size: 1.2, rotation: -20 }, resolution: SMALL },
  ...PLACEMENTS.map((placement, p): CardRow => ({
    name: `${placement}, 24 MP, white shirt`,
    look: WHITE,
    pose: pose(0.04, p === 1 ? 0.04 : 0),
    card: { placement, size: [0.7, 0.9, 1.1][p] ?? 1, rotation: [12, -6, 18][p] ?? 0, blur: p === 2 ? 1.2 : 0 },
    resolution: LARGE,
  })),
];

interface PortraitRow {
  name: string;
  look: PersonLook;
  pose: Pose;
  resolution: Resolution;
}

const PORTRAITS: PortraitRow[] = [
  { name: 'white shirt', look: WHITE, pose: pose(0, 0), resolution: SMALL },
  { name: 'white shirt, dark collar', look: WHITE_DARK_COLLAR, pose: pose(0.05, -0.03, 0.9), resolution: SMALL },
  { name: 'white shirt, close up', look: WHITE, pose: pose(-0.04, 0.02, 1.35), resolution: SMALL },
  { name: 'white shirt, head tilted', look: WHITE, pose: pose(0.03, 0.04, 1.15, 16), resolution: SMALL },
  { name: 'white shirt, tilted the other way, far off', look: WHITE, pose: pose(-0.06, -0.04, 0.9, -14), resolution: SMALL },
  { name: 'white shirt on white seamless paper', look: { ...WHITE, backdrop: BRIGHT_BACKDROPS[0] ?? WHITE.backdrop }, pose: pose(0, 0), resolution: SMALL },
  { name: 'white shirt on pale grey', look: { ...WHITE, backdrop: BRIGHT_BACKDROPS[1] ?? WHITE.backdrop }, pose: pose(0.04, 0.03, 1.2, 8), resolution: SMALL },
  { name: 'blue shirt on pale blue', look: { ...BLUE, backdrop: BRIGHT_BACKDROPS[2] ?? BLUE.backdrop }, pose: pose(-0.03, 0, 1.1), resolution: SMALL },
  { name: 'blue shirt', look: BLUE, pose: pose(0, 0), resolution: SMALL },
  { name: 'white shirt, 24 MP', look: WHITE, pose: pose(0.02, 0.03, 1.3), resolution: LARGE },
  { name: 'white shirt on white paper, 24 MP', look: { ...WHITE, backdrop: BRIGHT_BACKDROPS[0] ?? WHITE.backdrop }, pose: pose(-0.03, 0, 1.1, 10), resolution: LARGE },
];

/** The frames the detector's existing tests draw (tests/unit/qr/qr-detect.test.ts), reduced as detectQr reduces them. */
function synthetic(draw: (frame: GreyFrame) => void, seed: number): GreyFrame {
  const frame = backgroundFrame(1500, 1000, seed);
  draw(frame);
  return downscaleGrey(frame, REDUCED_LONG_EDGE);
}

const SYNTHETIC_NEGATIVES: { name: string; frame: () => GreyFrame }[] = [
  {
    name: 'a white shirt with rounded shoulders above a darker hem',
    frame: () =>
      synthetic((f) => {
        for (let row = 0; row < 420; row++) {
          const half = Math.min(470, 180 + Math.sqrt(row) * 40);
          fillRect(f, Math.round(750 - half), 520 + row, Math.round(2 * half), 1, 250);
        }
      }, 11),
  },
  { name: 'a bright sky over the whole top of the frame', frame: () => synthetic((f) => fillRect(f, 0, 0, 1500, 450, 245), 9) },
  {
    name: 'a white wall filling the frame but for a dark doorway',
    frame: () =>
      synthetic((f) => {
        fillRect(f, 0, 0, 1500, 1000, 240);
        fillRect(f, 600, 300, 300, 700, 60);
      }, 12),
  },
  { name: 'a small white card far behind the subject', frame: () => synthetic((f) => fillRect(f, 1100, 150, 180, 120, 250), 13) },
  { name: 'a plain dim frame', frame: () => synthetic(() => undefined, 14) },
];

describe('isCardLike on glare-blown cards', () => {
  it.each(CARDS)('$name is card-like', async ({ look, pose: p, card, resolution }) => {
    expect(isCardLike(await reducedFrame(cardScene(look, p, card), resolution))).toBe(true);
  });
});

describe('isCardLike on frames without a card', () => {
  it.each(PORTRAITS)('a portrait, $name, is not card-like', async ({ look, pose: p, resolution }) => {
    const scene: Scene = { type: 'portrait', look, pose: p };
    expect(isCardLike(await reducedFrame(scene, resolution))).toBe(false);
  });

  it.each(SYNTHETIC_NEGATIVES)('$name is not card-like', ({ frame }) => {
    expect(isCardLike(frame())).toBe(false);
  });

  it('says nothing about a thumbnail too small to measure', () => {
    const tiny = backgroundFrame(120, 80, 15);
    fillRect(tiny, 30, 20, 60, 40, 250);
    expect(isCardLike(tiny)).toBe(false);
  });
});

describe('the card renderer', () => {
  const frame = { width: 600, height: 400 };
  const card: CardLook = { payloads: ['K7QX2MPA'], rotation: 10, blur: 0, glare: 'blown' };
  // Everything but the card dark, so that the bright pixels are the card.
  const dark = lookWith({ backdrop: ['#000000', '#000000'], skin: '#000000', hair: '#000000', clothes: '#000000', accent: '#000000' });

  async function cardPixels(placement: CardLook['placement'], dx: number, dy: number, size = 0.8): Promise<Buffer> {
    const svg = renderCardSvg(frame, dark, pose(dx, dy), { ...card, size, placement });
    return sharp(Buffer.from(svg)).greyscale().raw().toBuffer();
  }

  /** Bounding box of the card's pixels. */
  async function cardBox(placement: CardLook['placement'], dx: number, dy: number) {
    const data = await cardPixels(placement, dx, dy);
    let [x0, y0, x1, y1] = [frame.width, frame.height, -1, -1];
    for (let y = 0; y < frame.height; y++) {
      for (let x = 0; x < frame.width; x++) {
        if ((data[y * frame.width + x] ?? 0) < 128) continue;
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
    }
    return { x0, y0, x1, y1, width: x1 - x0 + 1, height: y1 - y0 + 1 };
  }

  it('draws a card of size 1 held up exactly as before size and placement existed', () => {
    const look = lookWith();
    const p = pose(0.02, -0.01, 1.05, 3);
    expect(renderCardSvg(frame, look, p, { ...card, size: 1, placement: 'held' })).toBe(renderCardSvg(frame, look, p, card));
  });

  it('scales the card with its size', async () => {
    const area = async (size: number): Promise<number> => (await cardPixels('held', 0.03, 0, size)).filter((v) => v >= 128).length;
    expect((await area(0.6)) / (await area(0.8))).toBeCloseTo((0.6 / 0.8) ** 2, 1);
  });

  it.each([
    { dy: -0.04, cut: 0.15 },
    { dy: 0.04, cut: 0.35 },
  ])('runs a card held low off the bottom edge, by $cut of it for a pose dy of $dy', async ({ dy, cut }) => {
    const held = await cardBox('held', 0.03, dy);
    const low = await cardBox('cropped-bottom', 0.03, dy);
    expect(low.y1).toBe(frame.height - 1);
    expect(low.y0).toBeGreaterThan(0);
    expect(1 - low.height / held.height).toBeCloseTo(cut, 1);
  });

  it.each([
    { dx: -0.05, edge: 'left' },
    { dx: 0.05, edge: 'right' },
  ])('runs a card held aside off the $edge edge', async ({ dx, edge }) => {
    const held = await cardBox('held', dx, 0.04);
    const aside = await cardBox('cropped-side', dx, 0.04);
    expect(edge === 'left' ? aside.x0 : aside.x1).toBe(edge === 'left' ? 0 : frame.width - 1);
    expect(edge === 'left' ? aside.x1 : aside.x0).toBeGreaterThan(0);
    expect(edge === 'left' ? aside.x1 : aside.x0).toBeLessThan(frame.width - 1);
    expect(1 - aside.width / held.width).toBeCloseTo(0.35, 1);
  });
});
