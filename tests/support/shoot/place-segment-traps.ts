import { makeCode, type Subject } from './make-subjects.js';
import type { PhotoTrap, Segment } from './plan-segments.js';
import type { Rng } from './prng.js';
import type { ResolvedSpec } from './shoot-spec.js';

/** Cards of the names list held up as usual: what the sorter measures a small code against. */
const READABLE_ROLES: readonly Segment['role'][] = ['normal', 'repeated-card', 'sibling-card'];
/** The set-back, as the trap's variants: a clock put right by 3 minutes, or a daylight-saving change. */
const SET_BACK_SECONDS = [180, 3600] as const;

interface Request {
  trap: PhotoTrap;
  fits: (segment: Segment) => boolean;
  /** Shares the segment of this trap when that one is placed: their truths are planned to agree. */
  joins?: PhotoTrap;
}

/**
 * Gives each photo trap a plain segment of its own (a few planned pairs share one), picked by the seed.
 * False when there are not enough plain segments: the caller then plans a bigger shoot.
 */
export function placeSegmentTraps(spec: ResolvedSpec, segments: Segment[], subjects: readonly Subject[], rng: Rng): boolean {
  const has = (trap: PhotoTrap): boolean => (spec.traps as readonly string[]).includes(trap);
  const cameras = spec.cameras.length;
  const cameraB = Math.min(1, cameras - 1);
  const on = (camera: number) => (segment: Segment) => segment.camera === camera;
  const isFirst = (segment: Segment): boolean => segments.find(on(segment.camera)) === segment;
  const nextOf = (segment: Segment): Segment | undefined => segments.slice(segments.indexOf(segment) + 1).find(on(segment.camera));
  const hasQueue = (segment: Segment): boolean =>
    nextOf(segment) !== undefined && segments.filter((s) => s !== segment && on(segment.camera)(s) && !s.locked && READABLE_ROLES.includes(s.role)).length >= 3;
  const anywhere = (): boolean => true;

  // The most constrained first, so that the free ones cannot take their places.
  const requests: Request[] = [
    { trap: 'clock-set-back', fits: (s) => on(cameraB)(s) && !isFirst(s) },
    { trap: 'backup-copy', fits: on(0) },
    { trap: 'duplicate', fits: on(0) },
    { trap: 'no-capture-time', fits: on(cameras - 1) }, // away from camera A's counter wrap: file-name order is unambiguous
    { trap: 'background-card', fits: hasQueue },
    { trap: 'background-card-on-card', fits: hasQueue },
    { trap: 'truncated', fits: anywhere, joins: 'no-capture-time' },
    { trap: 'raw-companion', fits: on(0), joins: 'duplicate' },
    { trap: 'foreign-qr', fits: anywhere },
    { trap: 'poster-url', fits: anywhere },
  ];
  const wanted = (trap: PhotoTrap): boolean => (trap === 'background-card-on-card' ? has('background-card') : has(trap));
  for (const request of requests.filter((r) => wanted(r.trap))) {
    const partner = request.joins === undefined ? undefined : segments.find((s) => s.photoTraps.includes(request.joins as PhotoTrap));
    const free = segments.filter((s) => s.role === 'normal' && !s.locked && s.photoTraps.length === 0 && request.fits(s));
    const segment = partner ?? (free.length > 0 ? rng.pick(free) : undefined);
    if (!segment) return false;
    segment.photoTraps.push(request.trap);
  }

  for (const segment of segments) {
    if (segment.photoTraps.includes('clock-set-back')) segment.clockSetBack = { seconds: rng.pick(SET_BACK_SECONDS), afterPhotos: rng.pick([0, 1, 2] as const) };
    if (!segment.photoTraps.some((t) => t === 'background-card' || t === 'background-card-on-card')) continue;
    // The next pupil's own card, or (variant) a card whose code is in no names list.
    const next = nextOf(segment)?.subjects[0]?.code;
    segment.backgroundPayload = next !== undefined && rng.chance(0.5) ? next : strangerCode(subjects, rng);
  }
  return true;
}

function strangerCode(subjects: readonly Subject[], rng: Rng): string {
  for (;;) {
    const code = makeCode(rng);
    if (!subjects.some((s) => s.code === code)) return code;
  }
}
