import { startMsOf } from './camera-clock.js';
import type { Rng } from './prng.js';
import type { CameraSpec, ResolvedSpec } from './shoot-spec.js';

export const TWIN_BODIES = 2;
export const TWIN_SUBJECTS_PER_BODY = 2;
/** Both bodies' cards were copied into this one folder. */
export const TWIN_FOLDER = 'twins/DCIM/100CANON';

export interface TwinBodies {
  cameras: CameraSpec[];
  /** Real time of each body's first frame, in ms. */
  startMs: number[];
  /** Variant b: the counter ranges overlap, so names collide and the copy tool renamed the second body's. */
  overlapping: boolean;
}

/**
 * Two bodies of one model that write no serial number, so only their clocks and counters tell them apart.
 * Their clocks are minutes apart, but each one's first frame is stamped 10–20 s after the other's: by
 * capture time the two bodies' frames interleave, by file counter they do not.
 */
export function planTwinBodies(spec: ResolvedSpec, rng: Rng): TwinBodies {
  const overlapping = rng.chance(0.5);
  const offset = rng.int(-90, 90);
  const apart = rng.pick([-1, 1]) * rng.int(120, 300);
  const first = rng.int(101, 400);
  const counters = [first, overlapping ? first + rng.int(2, 4) : 5201];
  const body = { folder: TWIN_FOLDER, prefix: 'IMG_', make: 'Canon', model: 'Canon EOS 250D', serial: '' };
  const cameras = counters.map((firstCounter, i) => ({ ...body, id: `T${i + 1}`, clockOffsetSeconds: offset + i * apart, firstCounter }));
  const start = startMsOf(spec.start) + rng.int(30, 90) * 1000;
  return { cameras, startMs: [start, start - apart * 1000 + rng.int(10, 20) * 1000], overlapping };
}
