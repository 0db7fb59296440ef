import { planBody } from './plan-files.js';
import type { Segment } from './plan-segments.js';
import type { PlannedFile } from './planned-file.js';
import type { Rng } from './prng.js';
import type { ResolvedSpec } from './shoot-spec.js';
import type { TwinBodies } from './twin-cameras.js';

/**
 * The twin bodies' frames, as they lie in their one folder. Each body starts with a card, so in
 * file-counter order neither body's first photos follow the other's last subject. With overlapping
 * counters the copy tool renamed the second body's colliding files (`IMG_0150 (2).JPG`, as Windows
 * Explorer does), and no order can be trusted: every frame of both is held.
 */
export function planTwinFiles(spec: ResolvedSpec, twins: TwinBodies, segments: readonly Segment[], rng: Rng): PlannedFile[] {
  // Two photos a subject: enough for a card between interleaved frames, and cheap to render.
  const plain = { ...spec, traps: [], photosPerSubject: [2, 2] as const };
  const bodies = twins.cameras.map((camera, i) => {
    const index = spec.cameras.length + i;
    const run = { camera, startMs: twins.startMs[i] ?? 0, firstCounter: camera.firstCounter };
    return planBody(plain, run, segments.filter((s) => s.camera === index), rng.fork(camera.id));
  });
  const taken = new Set<string>();
  const files: PlannedFile[] = [];
  for (const file of bodies.flat()) {
    const path = taken.has(file.path) ? file.path.replace(/\.JPG$/, ' (2).JPG') : file.path;
    taken.add(path);
    const expected = twins.overlapping ? ({ kind: 'review', reason: 'mixed-cameras' } as const) : file.expected;
    files.push({ ...file, path, expected, trap: 'twin-bodies' });
  }
  return files;
}
