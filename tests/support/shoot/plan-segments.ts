import type { Rng } from './prng.js';
import type { CardLook } from './scene.js';
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
  /** The glare over a quick handover's card (that role only). */
  quickGlare?: QuickGlare;
}

export type QuickGlare = Exclude<CardLook['glare'], 'none'>;
/** The quick-handover trap's variants, each a segment of its own: a band over two finder patterns, a hot spot over one, a blank card. */
export const QUICK_GLARES: readonly QuickGlare[] = ['partial', 'spot', 'blown'];
/** Subjects whose gallery a missed quick-handover card would silently grow: their cards are read and accepted... */
const LINKED_ROLES: readonly CardRole[] = ['normal', 'repeated-card', 'sibling-card'];
/** ...and their last photo is not held for a trap of its own. */
const HOLDING_TRAPS: readonly PhotoTrap[] = ['clock-set-back', 'background-card', 'truncated'];

const CARD_ROLES = ['glare-partial', 'glare-blown', 'repeated-card', 'sibling-card', 'unknown-code', 'quick-handover-glare'] as const satisfies readonly (CardRole & Trap)[];

export interface SegmentPlan {
  subjects: Subject[];
  segments: Segment[];
  unknownCode: string | undefined;
}

/** Plans who is photographed on which camera, growing the shoot past `spec.subjects` until every trap has its own subject. */
export function planSegments(spec: ResolvedSpec, rng: Rng): SegmentPlan {
  const has = (trap: Trap): boolean => spec.traps.includes(trap);
  const roles: CardRole[] = CARD_ROLES.filter((role) => role !== 'quick-handover-glare' && has(role));
  const quick = has('quick-handover-glare') ? QUICK_GLARES.length : 0;
  // Every camera opens with a plain subject; each card role, each quick handover (and the subject before it) and the locked folder need their own.
  const needed = spec.cameras.length + roles.length + 2 * quick + (has('sibling-card') ? 1 : 0) + (has('unreadable-dir') ? 1 : 0);
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
  if (spec.traps.includes('quick-handover-glare') && !placeQuickHandovers(segments, rng)) return undefined;
  if (spec.traps.includes('bursts')) segments.forEach((segment, i) => i % 3 === 1 && segment.photoTraps.push('bursts'));

  const twins = everyone.slice(count);
  for (let i = 0; i < twins.length; i += 1) {
    const subject = twins[i] as Subject;
    segments.push({ camera: cameras + Math.floor(i / TWIN_SUBJECTS_PER_BODY), subjects: [subject], role: 'normal', photoTraps: [], locked: false });
  }
  const unknown = segments.find((segment) => segment.role === 'unknown-code')?.subjects[0]?.code;
  return { subjects: everyone, segments, unknownCode: unknown };
}

/**
 * Turns plain segments (no photo trap) into quick handovers, one per glare variant, each right after a subject on
 * the same camera whose photos go to its gallery to the last: a card missed there would add the next pupil's.
 */
function placeQuickHandovers(segments: Segment[], rng: Rng): boolean {
  const previousOf = (segment: Segment): Segment | undefined => segments.slice(0, segments.indexOf(segment)).findLast((s) => s.camera === segment.camera);
  const isPlain = (s: Segment): boolean => s.role === 'normal' && !s.locked && s.photoTraps.length === 0;
  const isLinked = (s: Segment | undefined): boolean => s !== undefined && LINKED_ROLES.includes(s.role) && !s.locked && !s.photoTraps.some((t) => HOLDING_TRAPS.includes(t));
  for (const glare of QUICK_GLARES) {
    const beforeQuick = new Set(segments.filter((s) => s.role === 'quick-handover-glare').map(previousOf));
    const free = segments.filter((s) => isPlain(s) && !beforeQuick.has(s) && isLinked(previousOf(s)));
    if (free.length === 0) return false;
    const segment = rng.pick(free);
    segment.role = 'quick-handover-glare';
    segment.quickGlare = glare;
  }
  return true;
}
