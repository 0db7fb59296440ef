import { beforeAll, describe, expect, it } from 'vitest';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { newTrace } from '../../../electron/core/qr/detect-trace.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import type { GreyFrame } from '../../../electron/core/qr/qr-types.js';
import { readZxingSymbols } from '../../../electron/core/qr/zxing-reader.js';
import { planShoot } from '../../support/shoot/plan-shoot.js';
import { renderJpeg } from '../../support/shoot/render-jpeg.js';
import type { Scene } from '../../support/shoot/scene.js';
import { resolveSpec } from '../../support/shoot/shoot-spec.js';

// The blank-cards shoot (tests/medium/sort/blank-cards.test.ts; keep the spec equal). When the retries
// first came in, ZXing's downscaled copy ran only where a symbol was suspected: this shoot's clear
// card IMG_0101 shows no suspect at full size, so it was read by nothing and a pupil had no gallery.
const BLANK = resolveSpec({ name: 'blank', seed: 29, subjects: 5, photosPerSubject: [2, 3], traps: ['poster-url', 'url-cards'] });
const CLEAR_CARD = 'cam-a/DCIM/100CANON/IMG_0101.JPG';
/** Steps of a frame read by the first pass: no second look, no retry. */
const FIRST_PASS = ['downscale', 'zxing', 'finder scan', 'card check'];

interface CardFrame {
  path: string;
  payloads: string[];
  scene: Scene;
  frame: GreyFrame;
}

/** The scan's luminance frame of the scene, rendered as a camera JPEG of this size. */
async function qrFrameOf(scene: Scene, width: number, height: number, quality: number): Promise<GreyFrame> {
  return (await analyseImage(await renderJpeg(scene, { width, height, quality, exif: null }))).qrFrame;
}

describe('clear generated cards are read by the first pass, retries or not', () => {
  const cards: CardFrame[] = [];

  beforeAll(async () => {
    for (const file of planShoot(BLANK).files) {
      if (file.content.type !== 'jpeg' || file.content.scene.type !== 'card') continue;
      const { scene } = file.content;
      cards.push({ path: file.path, payloads: scene.card.payloads, scene, frame: await qrFrameOf(scene, BLANK.width, BLANK.height, BLANK.quality) });
    }
  });

  const clearCard = (): CardFrame => {
    const card = cards.find((c) => c.path === CLEAR_CARD);
    if (!card) throw new Error(`${CLEAR_CARD} is no longer a card frame of the blank shoot`);
    return card;
  };

  it('reads blank-cards seed 29, cam-a IMG_0101, at once and at the size of a card held up', async () => {
    const card = clearCard();
    expect(card.payloads).toEqual(['S49MKHJU']);
    const trace = newTrace();
    const result = await detectQr(card.frame, trace);
    expect(result).toMatchObject({ codes: ['S49MKHJU'], undecodable: false, cardLike: false });
    expect(result.sizes[0]).toBeCloseTo(0.27, 1);
    expect(Object.keys(trace.times)).toEqual(FIRST_PASS);
  });

  it('needs ZXing’s downscaled copy for it: without it, ZXing does not even locate the symbol', async () => {
    // Why the first pass must keep that copy on every frame: should this start to hold, the test above
    // no longer guards against making it conditional again.
    expect(await readZxingSymbols(clearCard().frame, 'frame-only')).toEqual([]);
  });

  it('reads every card frame of the shoot, and only its payloads', async () => {
    expect(cards).toHaveLength(5);
    for (const card of cards) {
      const result = await detectQr(card.frame);
      expect({ path: card.path, codes: result.codes, undecodable: result.undecodable }).toEqual({ path: card.path, codes: card.payloads, undecodable: false });
    }
  });

  it('reads IMG_0101 from a 24-MP camera JPEG too, at the same size', async () => {
    const result = await detectQr(await qrFrameOf(clearCard().scene, 6000, 4000, 90));
    expect(result).toMatchObject({ codes: ['S49MKHJU'], undecodable: false });
    expect(Math.abs((result.sizes[0] ?? 0) - 0.268)).toBeLessThan(0.01);
  });
});
