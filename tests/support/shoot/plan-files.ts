import type { Expected } from './manifest.js';
import type { ExifFields, PlannedFile } from './planned-file.js';
import type { Rng } from './prng.js';
import { makeLook, makePose, type CardLook, type PersonLook } from './scene.js';
import type { CameraSpec, ResolvedSpec } from './shoot-spec.js';
import type { Segment } from './plan-segments.js';

export const FOREIGN_QR_PAYLOAD = 'https://www.example.org/events/summer-fair.html';
const SECOND = 1000;

/** Lays out one camera's frames in time and file-counter order. */
export function planCamera(spec: ResolvedSpec, cameraIndex: number, segments: readonly Segment[], rng: Rng): PlannedFile[] {
  const camera = spec.cameras[cameraIndex];
  if (!camera) throw new Error(`no camera ${cameraIndex}`);
  const has = (trap: (typeof spec.traps)[number]): boolean => spec.traps.includes(trap);
  const clock = createClock(spec.start, cameraIndex, camera);
  let counter = has('counter-wrap') && cameraIndex === 0 ? 9990 : camera.firstCounter;
  const files: PlannedFile[] = [];

  const add = (folder: string, file: Omit<PlannedFile, 'path' | 'camera'>): PlannedFile => {
    const planned = { ...file, path: `${folder}/${camera.prefix}${String(counter).padStart(4, '0')}.JPG`, camera: camera.id };
    counter = counter === 9999 ? 1 : counter + 1;
    files.push(planned);
    return planned;
  };
  const shoot = (folder: string, look: PersonLook, expected: Expected, extra: { poster?: string; noTime?: boolean; trap?: string } = {}): PlannedFile => {
    const scene = { type: 'portrait' as const, look, pose: makePose(rng), ...(extra.poster ? { poster: extra.poster } : {}) };
    const exif = clock.exif(extra.noTime === true);
    return add(folder, { expected, content: { type: 'jpeg', scene, exif, truncate: false }, shotAtMs: clock.now(), ...withTime(exif.dateTime), ...(extra.trap ? { trap: extra.trap } : {}) });
  };

  if (has('lead-photos')) {
    const look = makeLook(rng);
    for (let i = 0; i < 2; i += 1, clock.advance(rng.int(2000, 8000))) shoot(camera.folder, look, { kind: 'unassigned' }, { trap: 'lead-photos' });
  }
  for (const segment of segments) {
    if (files.length > 0) clock.advance(rng.int(20_000, 90_000));
    const folder = segment.locked ? lockedFolderOf(camera.folder) : camera.folder;
    const codes = segment.subjects.map((subject) => subject.code);
    const { cardExpected, photoExpected } = expectationsOf(segment, codes);
    const look = makeLook(rng.fork(codes.join('+')));
    const cards = segment.role === 'repeated-card' ? 2 : 1;
    for (let i = 0; i < cards; i += 1) {
      if (i > 0) clock.advance(rng.int(2000, 4000));
      const exif = clock.exif(false);
      const scene = { type: 'card' as const, look, pose: makePose(rng), card: makeCardLook(spec, segment, codes, rng) };
      add(folder, { expected: cardExpected, card: true, content: { type: 'jpeg', scene, exif, truncate: false }, shotAtMs: clock.now(), ...withTime(exif.dateTime), ...trapOf(segment) });
    }
    clock.advance(rng.int(3000, 6000));
    const [min, max] = spec.photosPerSubject;
    const traps = segment.photoTraps;
    // Frames that need a neighbour of the same subject on both sides sit at 1 (no time) and then 2 (truncated).
    const noTimeAt = traps.includes('no-capture-time') ? 1 : -1;
    const truncatedAt = traps.includes('truncated') ? Math.max(noTimeAt, 0) + 1 : -1;
    const count = Math.max(rng.int(min, max), Math.max(noTimeAt, truncatedAt) + 2);
    for (let i = 0; i < count; i += 1) {
      // Around a frame the sorter cannot place by time (no capture time, unreadable) the stream shows
      // one long pause over several frames; keep it under the 10-s floor of the missed-card gap rule.
      const besideGapTrap = [noTimeAt, truncatedAt].some((at) => at >= 0 && (i === at || i === at + 1));
      if (i > 0) clock.advance(besideGapTrap ? rng.int(1500, 3000) : rng.int(2000, 8000));
      const last = i === count - 1;
      if (i === noTimeAt) {
        shoot(folder, look, { kind: 'review', reason: 'no-capture-time', alsoIn: codes }, { noTime: true, trap: 'no-capture-time' });
      } else if (i === truncatedAt) {
        const file = shoot(folder, look, { kind: 'error' }, { trap: 'truncated' });
        if (file.content.type === 'jpeg') file.content.truncate = true;
      } else if (last && traps.includes('foreign-qr')) {
        shoot(folder, look, { kind: 'review', reason: 'foreign-qr', alsoIn: codes }, { poster: FOREIGN_QR_PAYLOAD, trap: 'foreign-qr' });
      } else if (last && traps.includes('bursts')) {
        clock.alignToSecond();
        for (let b = 0; b < 3; b += 1, clock.advance(300)) shoot(folder, look, photoExpected, { trap: 'bursts' });
      } else {
        shoot(folder, look, photoExpected, trapOf(segment));
      }
    }
  }
  return files;
}

function expectationsOf(segment: Segment, codes: string[]): { cardExpected: Expected; photoExpected: Expected } {
  if (segment.role === 'glare-partial' || segment.role === 'glare-blown') {
    const review: Expected = { kind: 'review', reason: 'unreadable-card' };
    return { cardExpected: review, photoExpected: review };
  }
  if (segment.role === 'unknown-code') {
    const review: Expected = { kind: 'review', reason: 'unknown-code' };
    return { cardExpected: review, photoExpected: review };
  }
  return { cardExpected: { kind: 'card', codes }, photoExpected: { kind: 'photo', codes } };
}

function makeCardLook(spec: ResolvedSpec, segment: Segment, codes: string[], rng: Rng): CardLook {
  const has = (trap: (typeof spec.traps)[number]): boolean => spec.traps.includes(trap);
  const glare = segment.role === 'glare-partial' ? 'partial' : segment.role === 'glare-blown' ? 'blown' : 'none';
  // A bare code makes a version-1 symbol without an alignment pattern, from which ZXing could still locate a glared one.
  const asUrl = has('url-cards') && glare === 'none' && rng.chance(0.5);
  return {
    payloads: codes.map((code) => (asUrl ? `https://shop.example.com/g/${code}` : code)),
    rotation: has('rotated-cards') && glare === 'none' && rng.chance(0.5) ? rng.pick([-1, 1]) * rng.float(8, 20) : rng.float(-3, 3),
    blur: has('blurred-cards') && glare === 'none' && rng.chance(0.35) ? rng.float(0.8, 1.5) : 0,
    glare,
  };
}

function trapOf(segment: Segment): { trap?: string } {
  return segment.role === 'normal' ? {} : { trap: segment.role };
}

function withTime(dateTime: string | undefined): { takenAt?: string } {
  return dateTime ? { takenAt: dateTime } : {};
}

/** Cameras roll over to the next DCIM folder; that one is made unreadable. */
export function lockedFolderOf(folder: string): string {
  const next = folder.replace(/\/(\d{3})([A-Z_]+)$/, (_m, n: string, maker: string) => `/${Number(n) + 1}${maker}`);
  return next === folder ? `${folder}-2` : next;
}

interface Clock {
  now(): number;
  advance(ms: number): void;
  alignToSecond(): void;
  exif(noTime: boolean): ExifFields;
}

/** Real time runs on; each body stamps it with its own wrong clock. */
function createClock(start: string, cameraIndex: number, camera: CameraSpec): Clock {
  let now = Date.parse(`${start}Z`) + cameraIndex * 13 * SECOND;
  return {
    now: () => now,
    advance: (ms) => (now += ms),
    alignToSecond: () => (now = Math.floor(now / SECOND) * SECOND + 100),
    exif: (noTime) => {
      const body = { make: camera.make, model: camera.model, serial: camera.serial };
      if (noTime) return body;
      const stamped = new Date(now + camera.clockOffsetSeconds * SECOND);
      const iso = stamped.toISOString();
      const dateTime = `${iso.slice(0, 10).replaceAll('-', ':')} ${iso.slice(11, 19)}`;
      return { ...body, dateTime, subSec: String(Math.floor((now % SECOND) / 10)).padStart(2, '0') };
    },
  };
}
