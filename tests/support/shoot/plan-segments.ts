import type { Rng } from './prng.js';
import type { ResolvedSpec, Trap } from './shoot-spec.js';
import { makeSubjects, type Subject } from './make-subjects.js';
import { placeSegmentTraps } from './place-segment-traps.js';
import { TWIN_BODIES, TWIN_SUBJECTS_PER_BODY } from './twin-cameras.js';

/** What the card frame(s) of a segment are like. */
export type CardRole = 'normal' | 'glare-partial' | 'glare-blown' | 'repeated-card' | 'sibling-card' | 'unknown-code' | 'quick-handover-glare';
/** Traps that alter the photos (or, for the on-card background card, the card frame) of an otherwise normal segment. */
export type PhotoTrap =
  | 'foreign-qr'
  | 'poster-url'
  | 'no-capture-time'
  | 'truncated'
  | 'duplicate'
  | 'raw-companion'
  | 'bursts'
  | 'background-card'
  | 'background-card-on-card'
  | 'clock-set-back'
  | 'backup-copy';

/** One card (or pair of cards) and the photos that follow it, on one camera. */
export interface Segment {
  /** Index into the shoot's cameras: the spec's, then the twin bodies. */
  camera: number;
  subjects: Subject[];
  role: CardRole;
  photoTraps: PhotoTrap[];
  /** Lives in the chmod 000 folder. */
  locked: boolean;
  /** The payload of the card the next pupil in the queue holds up (background-card traps). */
  backgroundPayload?: string;
  /** The camera's clock goes back by `seconds`: in the pause before this segment's card (0), or after its n-th photo. */
  clockSetBack?: { seconds: number; afterPhotos: 0 | 1 | 2 };
}

const CARD_ROLES = ['glare-partial', 'glare-blown', 'repeated-card', 'sibling-card', 'unknown-code', 'quick-handover-glare'] as const satisfies readonly (CardRole & Trap)[];

export interface SegmentPlan {
  subjects: Subject[];
  segments: Segment[];
  unknownCode: string | undefined;
}

/** Plans who is photographed on which camera, growing the shoot past `spec.subjects` until every trap has its own subject. */
export function planSegments(spec: ResolvedSpec, rng: Rng): SegmentPlan {
  const has = (trap: Trap): boolean => spec.traps.includes(trap);
  const roles: CardRole[] = CARD_ROLES.filter((role) => has(role));
  // Every camera opens with a plain subject; each card role and the locked folder need their own.
  const needed = spec.cameras.length + roles.length + (has('sibling-card') ? 1 : 0) + (has('unreadable-dir') ? 1 : 0);
  const first = Math.max(spec.subjects, needed);
  for (let count = first; count <= first + 12; count += 1) {
    // A shoot that needs no more subjects draws them as it always did, so its files stay the same.
    const plan = tryPlan(spec, roles, count, count === first ? rng : rng.fork(`subjects:${count}`));
    if (plan) return plan;
  }
  throw new Error(`the traps ${spec.traps.join(', ')} do not fit on ${spec.cameras.length} camera(s)`);
}

function tryPlan(spec: ResolvedSpec, roles: readonly CardRole[], count: number, rng: Rng): SegmentPlan | undefined {
  const cameras = spec.cameras.length;
  const twinSubjects = spec.traps.includes('twin-bodies') ? TWIN_BODIES * TWIN_SUBJECTS_PER_BODY : 0;
  const everyone = makeSubjects(count + twinSubjects, rng);
  const subjects = everyone.slice(0, count);

  const segments: Segment[] = [];
  for (let next = 0; next < subjects.length; ) {
    const index = segments.length;
    const role = index >= cameras ? (roles[index - cameras] ?? 'normal') : 'normal';
    const take = role === 'sibling-card' ? 2 : 1;
    segments.push({ camera: index % cameras, subjects: subjects.slice(next, next + take), role, photoTraps: [], locked: false });
    next += take;
  }
  if (spec.traps.includes('unreadable-dir')) {
    const last = segments.findLast((s) => s.camera === 0 && s.role === 'normal');
    if (!last) return undefined;
    last.locked = true;
  }
  if (!placeSegmentTraps(spec, segments, everyone, rng)) return undefined;
  if (spec.traps.includes('bursts')) segments.forEach((segment, i) => i % 3 === 1 && segment.photoTraps.push('bursts'));

  const twins = everyone.slice(count);
  for (let i = 0; i < twins.length; i += 1) {
    const subject = twins[i] as Subject;
    segments.push({ camera: cameras + Math.floor(i / TWIN_SUBJECTS_PER_BODY), subjects: [subject], role: 'normal', photoTraps: [], locked: false });
  }
  const unknown = segments.find((segment) => segment.role === 'unknown-code')?.subjects[0]?.code;
  return { subjects: everyone, segments, unknownCode: unknown };
}
