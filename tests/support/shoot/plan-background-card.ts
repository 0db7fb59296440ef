import type { Rng } from './prng.js';
import type { BackgroundCard } from './scene.js';

/**
 * QR side of the next pupil's card, as a fraction of the frame's long edge: the smallest that the core's
 * decoder still reads reliably at 1200×800, the QR frame of a 6000×4000 photo too (measured: 60/60 at 0.04;
 * 0.035 read 58/60 with ZXing alone; tests/medium/qr/codes-at-24mp.test.ts reads it in 24-MP frames).
 * The camera's cards are about 0.28.
 */
export const BACKGROUND_QR_SIZE = 0.04;

/**
 * Where the pupil in the queue holds their card: the upper side of the frame, left or right, clear of the
 * subject's face (which spans about 0.34–0.66 of the width). On a card frame, higher and further out, above
 * the corners of the card held up in front.
 */
export function placeBackgroundCard(payload: string, on: 'photo' | 'card', rng: Rng): BackgroundCard {
  const left = rng.chance(0.5);
  const [near, far] = on === 'photo' ? [0.1, 0.2] : [0.11, 0.14];
  const x = rng.float(near, far);
  return { payload, qrSize: BACKGROUND_QR_SIZE, x: left ? x : 1 - x, y: on === 'photo' ? rng.float(0.16, 0.26) : rng.float(0.1, 0.13) };
}
