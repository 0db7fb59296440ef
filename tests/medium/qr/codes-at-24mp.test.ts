import { describe, expect, it } from 'vitest';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import type { PlannedFile } from '../../support/shoot/planned-file.js';
import { planShoot } from '../../support/shoot/plan-shoot.js';
import { renderJpeg } from '../../support/shoot/render-jpeg.js';
import type { Scene } from '../../support/shoot/scene.js';
import { resolveSpec, trapsShootSpec } from '../../support/shoot/shoot-spec.js';

// A 24-MP JPEG is decoded at 1/4 scale to a 1200-px QR frame (decodeEdge), not at 1/2 to 1500 px: every code the
// hostile school day puts in such a frame must still be read there, the small card of the pupil queueing in the
// background included (design §2.3 needs it read, and sized, to know it is no card).

const LARGE = { width: 6000, height: 4000, quality: 90, exif: null };
const URL_PREFIX = 'https://shop.example.com/g/';

function sceneOf(file: PlannedFile): Scene {
  if (file.content.type !== 'jpeg') throw new Error(`${file.path} is no rendered frame`);
  return file.content.scene;
}

async function readAt24mp(scene: Scene) {
  const image = await analyseImage(await renderJpeg(scene, LARGE));
  const { codes, sizes, undecodable } = await detectQr(image.qrFrame);
  return { frame: [image.qrFrame.width, image.qrFrame.height], codes: codes.map((code) => code.replace(URL_PREFIX, '')), sizes, undecodable };
}

describe('codes in 24-MP frames, read in the 1200-px QR frame', () => {
  it.each([1, 2, 3, 4, 5])('reads the small card in the background beside a subject and behind a card held up (seed %i)', async (seed) => {
    const plan = planShoot(resolveSpec(trapsShootSpec({ seed })));
    const withCardBehind = plan.files.filter((file) => file.content.type === 'jpeg' && sceneOf(file).backgroundCard !== undefined);
    expect(withCardBehind.map((file) => file.trap).sort()).toEqual(['background-card', 'background-card-on-card']);
    for (const file of withCardBehind) {
      const scene = sceneOf(file);
      const read = await readAt24mp(scene);
      const behind = scene.backgroundCard?.payload ?? '';
      const own = scene.type === 'card' ? scene.card.payloads.map((payload) => payload.replace(URL_PREFIX, '')) : [];
      expect({ path: file.path, frame: read.frame, codes: [...read.codes].sort(), undecodable: read.undecodable })
        .toEqual({ path: file.path, frame: [1200, 800], codes: [...own, behind].sort(), undecodable: false });
      const behindSize = read.sizes[read.codes.indexOf(behind)] ?? 1;
      // The camera's cards are about 0.28 of the long edge; the one behind is drawn at 0.04.
      expect(behindSize).toBeGreaterThan(0.03);
      expect(behindSize).toBeLessThan(0.06);
      for (const code of own) expect(read.sizes[read.codes.indexOf(code)]).toBeGreaterThan(0.2);
    }
  });

  it('reads every card the traps shoot shows as readable, blurred, rotated and sibling cards included', async () => {
    const plan = planShoot(resolveSpec(trapsShootSpec({ seed: 1 })));
    const cards = plan.files.filter((file) => file.expected.kind === 'card' && file.content.type === 'jpeg');
    expect(cards.length).toBeGreaterThan(8);
    for (const file of cards) {
      const scene = sceneOf(file);
      if (scene.type !== 'card') throw new Error(`${file.path}: a card frame without a card`);
      const read = await readAt24mp(scene);
      const expected = [...scene.card.payloads, scene.backgroundCard?.payload ?? []].flat().map((payload) => payload.replace(URL_PREFIX, ''));
      expect({ path: file.path, codes: [...read.codes].sort() }).toEqual({ path: file.path, codes: expected.sort() });
    }
  });
});
