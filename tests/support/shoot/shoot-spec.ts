import { createHash } from 'node:crypto';

export const TRAPS = [
  'lead-photos', // photos before the first card of each camera
  'counter-wrap', // camera A starts at 9990 and wraps to 0001
  'bursts', // several frames in one second, told apart by SubSecTimeOriginal
  'rotated-cards',
  'blurred-cards',
  'url-cards', // payload https://shop.example.com/g/<CODE> instead of the bare code
  'glare-partial',
  'glare-blown',
  'repeated-card',
  'sibling-card',
  'foreign-qr',
  'unknown-code',
  'truncated',
  'zero-byte',
  'text-as-jpeg',
  'pixel-bomb',
  'heic',
  'unreadable-dir',
  'duplicate',
  'raw-companion',
  'no-capture-time', // camera EXIF but no date, in the middle of a subject
  'no-exif', // no EXIF at all, alone in its folder
  'background-card', // the next pupil's small card behind the subject, in a photo and on a card frame
  'clock-set-back', // camera B's clock goes back 3 minutes or an hour, before a card or mid-subject
  'poster-url', // a poster whose URL ends in a word (…/events), not a code
  'quick-handover-glare', // glared cards (a band, a hot spot, blown) as soon after the previous subject as its photos came
  'twin-bodies', // two serial-less bodies of one model copied into one folder
  'backup-copy', // copies of a card frame and the photo after it in backup/
] as const;
export type Trap = (typeof TRAPS)[number];

export interface CameraSpec {
  id: string;
  /** DCIM-like folder, relative to the shoot root. */
  folder: string;
  /** File name prefix before the 4-digit counter: 'IMG_', 'DSC_'. */
  prefix: string;
  make: string;
  model: string;
  serial: string;
  /** How far this body's clock is ahead of real time. */
  clockOffsetSeconds: number;
  firstCounter: number;
}

export interface ShootSpec {
  name?: string;
  seed?: number;
  subjects?: number;
  /** Non-card photos per subject, inclusive range. */
  photosPerSubject?: readonly [number, number];
  width?: number;
  height?: number;
  quality?: number;
  cameras?: readonly CameraSpec[];
  traps?: readonly Trap[];
  /** Real (not camera) time of the first frame, local time without zone. */
  start?: string;
  /** Images rendered at once. */
  concurrency?: number;
  pixelBomb?: { width: number; height: number };
  /** False: no card is photographed (a shoot to tag by hand); every frame is then unassigned, `shows` its pupil. */
  cards?: boolean;
}

export type ResolvedSpec = Required<ShootSpec>;

export const DEFAULT_CAMERAS: readonly CameraSpec[] = [
  { id: 'A', folder: 'cam-a/DCIM/100CANON', prefix: 'IMG_', make: 'Canon', model: 'Canon EOS R6', serial: '032021001234', clockOffsetSeconds: 0, firstCounter: 101 },
  { id: 'B', folder: 'cam-b/DCIM/100NIKON', prefix: 'DSC_', make: 'NIKON CORPORATION', model: 'NIKON Z 6_2', serial: '6012345', clockOffsetSeconds: 420, firstCounter: 1 },
];

const DEFAULTS: ResolvedSpec = {
  name: 'shoot',
  seed: 1,
  subjects: 4,
  photosPerSubject: [2, 3],
  width: 1200,
  height: 800,
  quality: 85,
  cameras: DEFAULT_CAMERAS,
  traps: [],
  start: '2024-05-14T08:30:00',
  concurrency: 2,
  pixelBomb: { width: 12000, height: 10000 },
  cards: true,
};

export function resolveSpec(spec: ShootSpec): ResolvedSpec {
  return { ...DEFAULTS, ...withoutUndefined(spec) };
}

/** Every trap in one small shoot (about 100 files; it grows past `subjects` until every trap has a subject of its own). */
export function trapsShootSpec(overrides: ShootSpec = {}): ShootSpec {
  return { name: 'traps', subjects: 14, photosPerSubject: [2, 4], traps: TRAPS, ...overrides };
}

/** Bumped when the generator's output changes, so cached shoots are rebuilt. */
const GENERATOR_VERSION = 3;

export function hashSpec(spec: ResolvedSpec): string {
  // Shoots with cards hash as before `cards` existed, so the benchmark's cached shoots stay valid.
  const text = JSON.stringify({ v: GENERATOR_VERSION, ...spec, concurrency: undefined, cards: spec.cards ? undefined : false });
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function withoutUndefined(spec: ShootSpec): ShootSpec {
  return Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined));
}
