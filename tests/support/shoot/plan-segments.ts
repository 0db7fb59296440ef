import type { Rng } from './prng.js';
import type { ResolvedSpec, Trap } from './shoot-spec.js';
import { makeSubjects, type Subject } from './make-subjects.js';

/** What the card frame(s) of a segment are like. */
export type CardRole = 'normal' | 'glare-partial' | 'glare-blown' | 'repeated-card' | 'sibling-card' | 'unknown-code';
/** Traps that alter the photos of an otherwise normal segment. */
export type PhotoTrap = 'foreign-qr' | 'no-capture-time' | 'truncated' | 'duplicate' | 'raw-companion' | 'bursts';

/** One card (or pair of cards) and the photos that follow it, on one camera. */
export interface Segment {
  camera: number;
  subjects: Subject[];
  role: CardRole;
  photoTraps: PhotoTrap[];
  /** Lives in the chmod 000 folder. */
  locked: boolean;
}

const CARD_ROLES = ['glare-partial', 'glare-blown', 'repeated-card', 'sibling-card', 'unknown-code'] as const satisfies readonly (CardRole & Trap)[];
const PHOTO_TRAPS = ['foreign-qr', 'no-capture-time', 'truncated', 'duplicate', 'raw-companion'] as const satisfies readonly (PhotoTrap & Trap)[];

export interface SegmentPlan {
  subjects: Subject[];
  segments: Segment[];
  unknownCode: string | undefined;
}

export function planSegments(spec: ResolvedSpec, rng: Rng): SegmentPlan {
  const has = (trap: Trap): boolean => spec.traps.includes(trap);
  const cameras = spec.cameras.length;
  const roles: CardRole[] = CARD_ROLES.filter((role) => has(role));
  const photoTraps: PhotoTrap[] = PHOTO_TRAPS.filter((trap) => has(trap));
  const locked = has('unreadable-dir');
  // Every camera opens with a plain subject; each card role and the locked folder need their own.
  const needed = cameras + roles.length + (has('sibling-card') ? 1 : 0) + (photoTraps.length > 0 ? 2 : 0) + (locked ? 1 : 0);
  const subjects = makeSubjects(Math.max(spec.subjects, needed), rng);

  const segments: Segment[] = [];
  for (let next = 0; next < subjects.length; ) {
    const index = segments.length;
    const role = index >= cameras ? (roles[index - cameras] ?? 'normal') : 'normal';
    const take = role === 'sibling-card' ? 2 : 1;
    segments.push({ camera: index % cameras, subjects: subjects.slice(next, next + take), role, photoTraps: [], locked: false });
    next += take;
  }
  if (locked) lastNormalOf(segments, 0).locked = true;
  distributePhotoTraps(segments, photoTraps, cameras);
  if (has('bursts')) segments.forEach((segment, i) => i % 3 === 1 && segment.photoTraps.push('bursts'));

  const unknown = segments.find((segment) => segment.role === 'unknown-code')?.subjects[0]?.code;
  return { subjects, segments, unknownCode: unknown };
}

function distributePhotoTraps(segments: Segment[], traps: readonly PhotoTrap[], cameras: number): void {
  const candidates = segments.filter((segment) => segment.role === 'normal' && !segment.locked);
  let turn = cameras;
  for (const trap of traps) {
    // no-capture-time goes to the last camera, away from camera A's counter wrap, so file-name order is unambiguous;
    // the copy and the RAW companion go to camera A, as the brief names them.
    const camera = trap === 'no-capture-time' ? cameras - 1 : trap === 'duplicate' || trap === 'raw-companion' ? 0 : undefined;
    const fitting = candidates.filter((segment) => camera === undefined || segment.camera === camera);
    const segment = fitting[turn % fitting.length];
    if (!segment) throw new Error(`no segment for trap ${trap}`);
    segment.photoTraps.push(trap);
    turn += 1;
  }
}

function lastNormalOf(segments: Segment[], camera: number): Segment {
  const segment = segments.findLast((s) => s.camera === camera && s.role === 'normal');
  if (!segment) throw new Error(`camera ${camera} has no plain subject`);
  return segment;
}
