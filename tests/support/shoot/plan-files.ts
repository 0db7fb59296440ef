import { createCameraClock, startMsOf } from './camera-clock.js';
import type { Expected } from './manifest.js';
import { placeBackgroundCard } from './plan-background-card.js';
import { planPhotos, type ShotExtra } from './plan-photos.js';
import type { Segment } from './plan-segments.js';
import type { PlannedFile } from './planned-file.js';
import type { Rng } from './prng.js';
import { makeLook, makePose, type CardLook, type PersonLook } from './scene.js';
import type { CameraSpec, ResolvedSpec, Trap } from './shoot-spec.js';

export { FOREIGN_QR_PAYLOAD, POSTER_URL_PAYLOAD } from './plan-photos.js';
const SECOND = 1000;

/** One body's run through the shoot. */
export interface BodyRun {
  camera: CameraSpec;
  /** Real time of its first frame, in ms. */
  startMs: number;
  firstCounter: number;
}

/** Lays out one of the spec's cameras' frames in time and file-counter order. */
export function planCamera(spec: ResolvedSpec, cameraIndex: number, segments: readonly Segment[], rng: Rng): PlannedFile[] {
  const camera = spec.cameras[cameraIndex];
  if (!camera) throw new Error(`no camera ${cameraIndex}`);
  const firstCounter = spec.traps.includes('counter-wrap') && cameraIndex === 0 ? 9990 : camera.firstCounter;
  return planBody(spec, { camera, startMs: startMsOf(spec.start) + cameraIndex * 13 * SECOND, firstCounter }, segments, rng);
}

/** Lays out a body's frames: lead photos (with that trap), then per segment its card(s) and photos. */
export function planBody(spec: ResolvedSpec, body: BodyRun, segments: readonly Segment[], rng: Rng): PlannedFile[] {
  const { camera } = body;
  const has = (trap: Trap): boolean => spec.traps.includes(trap);
  const clock = createCameraClock(body.startMs, camera);
  let counter = body.firstCounter;
  const files: PlannedFile[] = [];

  const add = (folder: string, file: Omit<PlannedFile, 'path' | 'camera'>): PlannedFile => {
    const planned = { ...file, path: `${folder}/${camera.prefix}${String(counter).padStart(4, '0')}.JPG`, camera: camera.id };
    counter = counter === 9999 ? 1 : counter + 1;
    files.push(planned);
    return planned;
  };
  const shooter = (folder: string, look: PersonLook, shows?: string[]) => (expected: Expected, extra: ShotExtra): PlannedFile => {
    const { poster, backgroundCard } = extra;
    const scene = { type: 'portrait' as const, look, pose: makePose(rng), ...(poster ? { poster } : {}), ...(backgroundCard ? { backgroundCard } : {}) };
    const exif = clock.exif(extra.noTime === true);
    const content = { type: 'jpeg' as const, scene, exif, truncate: extra.truncate === true };
    return add(folder, { expected, content, shotAtMs: clock.now(), ...withTime(exif.dateTime), ...(extra.card ? { card: true } : {}), ...(extra.trap ? { trap: extra.trap } : {}), ...(shows ? { shows } : {}) });
  };

  if (has('lead-photos')) {
    const shoot = shooter(camera.folder, makeLook(rng));
    for (let i = 0; i < 2; i += 1, clock.advance(rng.int(2000, 8000))) shoot({ kind: 'unassigned' }, { trap: 'lead-photos' });
  }
  for (const segment of segments) {
    // A quick handover: the next pupil steps up at once, the card coming as soon after the last photo of the
    // previous one as that pupil's photos came after each other (planPhotos' rhythm): no pause betrays it.
    const quick = segment.role === 'quick-handover-glare';
    if (files.length > 0) clock.advance(quick ? rng.int(2000, 8000) : rng.int(20_000, 90_000));
    if (segment.clockSetBack?.afterPhotos === 0) clock.setBack(segment.clockSetBack.seconds);
    const folder = segment.locked ? lockedFolderOf(camera.folder) : camera.folder;
    const codes = segment.subjects.map((subject) => subject.code);
    const { cardExpected, photoExpected } = spec.cards ? expectationsOf(segment, codes) : { cardExpected: { kind: 'unassigned' as const }, photoExpected: { kind: 'unassigned' as const } };
    const look = makeLook(rng.fork(codes.join('+')));
    const cards = !spec.cards ? 0 : segment.role === 'repeated-card' ? 2 : 1;
    for (let i = 0; i < cards; i += 1) {
      if (i > 0) clock.advance(rng.int(2000, 4000));
      const exif = clock.exif(false);
      const onCard = segment.photoTraps.includes('background-card-on-card');
      const background = onCard ? { backgroundCard: placeBackgroundCard(segment.backgroundPayload ?? '', 'card', rng) } : {};
      const scene = { type: 'card' as const, look, pose: makePose(rng), card: makeCardLook(spec, segment, codes, rng), ...background };
      const trap = i === 0 ? cardTrapOf(segment) : trapOf(segment);
      add(folder, { expected: cardExpected, card: true, content: { type: 'jpeg', scene, exif, truncate: false }, shotAtMs: clock.now(), ...withTime(exif.dateTime), ...(trap ? { trap } : {}), shows: codes });
    }
    clock.advance(quick ? rng.int(1000, 3000) : rng.int(3000, 6000));
    planPhotos({ spec, segment, codes, photoExpected, trap: trapOf(segment), clock, rng, shoot: shooter(folder, look, codes) });
  }
  return files;
}

function expectationsOf(segment: Segment, codes: string[]): { cardExpected: Expected; photoExpected: Expected } {
  if (segment.role === 'glare-partial' || segment.role === 'glare-blown' || segment.role === 'quick-handover-glare') {
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
  const has = (trap: Trap): boolean => spec.traps.includes(trap);
  const quick = segment.quickGlare;
  const glare = segment.role === 'glare-partial' ? 'partial' : segment.role === 'glare-blown' ? 'blown' : (quick ?? 'none');
  // The card with a small one behind it stays plain: upright and sharp, so nothing but the small code is in question.
  const plain = glare !== 'none' || segment.photoTraps.includes('background-card-on-card');
  // A bare code makes a version-1 symbol without an alignment pattern, from which ZXing could still locate a glared one.
  const asUrl = has('url-cards') && glare === 'none' && rng.chance(0.5);
  const look: CardLook = {
    payloads: codes.map((code) => (asUrl ? `https://shop.example.com/g/${code}` : code)),
    rotation: has('rotated-cards') && !plain && rng.chance(0.5) ? rng.pick([-1, 1]) * rng.float(8, 20) : rng.float(-3, 3),
    blur: has('blurred-cards') && !plain && rng.chance(0.35) ? rng.float(0.8, 1.5) : 0,
    glare,
  };
  if (quick === undefined) return look;
  // Handed over in a hurry: held smaller or larger than usual, one time in three so low it runs off the frame; a code
  // left half readable is a URL's larger symbol (smaller modules) half the time, and tilted a little.
  const url = quick !== 'blown' && has('url-cards') && rng.chance(0.5);
  return {
    ...look,
    ...(url ? { payloads: codes.map((code) => `https://shop.example.com/g/${code}`) } : {}),
    ...(quick !== 'blown' ? { rotation: rng.pick([-1, 1]) * rng.float(4, 10) } : {}),
    size: rng.float(0.7, 1.1),
    placement: rng.chance(1 / 3) ? 'cropped-bottom' : 'held',
  };
}

function trapOf(segment: Segment): string | undefined {
  return segment.role === 'normal' ? undefined : segment.role;
}

/** The card frame carries the trap that changed it: its role, a clock set back just before it, a small card behind. */
function cardTrapOf(segment: Segment): string | undefined {
  if (segment.clockSetBack?.afterPhotos === 0) return 'clock-set-back';
  if (segment.photoTraps.includes('background-card-on-card')) return 'background-card-on-card';
  return trapOf(segment);
}

function withTime(dateTime: string | undefined): { takenAt?: string } {
  return dateTime ? { takenAt: dateTime } : {};
}

/** Cameras roll over to the next DCIM folder; that one is made unreadable. */
export function lockedFolderOf(folder: string): string {
  const next = folder.replace(/\/(\d{3})([A-Z_]+)$/, (_m, n: string, maker: string) => `/${Number(n) + 1}${maker}`);
  return next === folder ? `${folder}-2` : next;
}
