import type { Rng } from './prng.js';

/** How one person looks across all their frames. */
export interface PersonLook {
  backdrop: readonly [string, string];
  skin: string;
  hair: string;
  clothes: string;
  accent: string;
}

/** Per-frame variation: photographers reframe and subjects move between shots. */
export interface Pose {
  dx: number;
  dy: number;
  scale: number;
  tilt: number;
}

export interface CardLook {
  payloads: string[];
  rotation: number;
  /** Gaussian blur sigma at 1200 px width. */
  blur: number;
  /** Partial: a band across the code over two of its finder patterns; spot: a hot spot over one; blown: the whole face. */
  glare: 'none' | 'partial' | 'spot' | 'blown';
  /** Card width relative to the usual hold (about two thirds of the frame width); default 1. */
  size?: number;
  /** Held inside the frame, or so low (or so far aside) that the card runs off the frame's edge. */
  placement?: 'held' | 'cropped-bottom' | 'cropped-side';
}

/** The next pupil in the queue holding their card up behind the one being photographed. */
export interface BackgroundCard {
  payload: string;
  /** Side of the QR symbol as a fraction of the frame's long edge. */
  qrSize: number;
  /** Centre of the card, as fractions of the frame's width and height. */
  x: number;
  y: number;
}

export type Scene =
  | { type: 'portrait'; look: PersonLook; pose: Pose; poster?: string; backgroundCard?: BackgroundCard }
  | { type: 'card'; look: PersonLook; pose: Pose; card: CardLook; backgroundCard?: BackgroundCard };

const BACKDROPS: readonly (readonly [string, string])[] = [
  ['#2b3440', '#5d6b7c'],
  ['#3a2e26', '#7a6250'],
  ['#1f2a22', '#4f6655'],
  ['#333333', '#6a6a6a'],
  ['#2c2f4a', '#626a99'],
];
const SKINS = ['#f1c7a5', '#e0ac85', '#c68b63', '#8d5a3b', '#5c3a24', '#f5d6c0'];
const HAIRS = ['#2a1a10', '#5a3a1c', '#a0783c', '#d8b86a', '#111111', '#7a2e14'];
const CLOTHES = ['#a33a3a', '#2f5d9a', '#3f7a3f', '#7a4a8a', '#d0a030', '#404040', '#e6e6e6', '#1e3550'];

export function makeLook(rng: Rng): PersonLook {
  return {
    backdrop: rng.pick(BACKDROPS),
    skin: rng.pick(SKINS),
    hair: rng.pick(HAIRS),
    clothes: rng.pick(CLOTHES),
    accent: rng.pick(CLOTHES),
  };
}

export function makePose(rng: Rng): Pose {
  return { dx: rng.float(-0.06, 0.06), dy: rng.float(-0.04, 0.04), scale: rng.float(0.9, 1.1), tilt: rng.float(-6, 6) };
}
