import type { SortPhoto } from '../../../electron/core/sort/sort-types.js';
import { CLOCK_MS, GLARE_REPORTS, buildPhotos, seededRandom } from './build-photos.js';

const GLARES = Object.keys(GLARE_REPORTS);

export interface Shoot {
  /** Per camera, in shooting order. */
  photos: SortPhoto[];
  /** The subject each photo really shows (cards included), null before the first subject. */
  truth: Map<number, string | null>;
  /** Subjects whose card no decoder read (glare, bent, blur, a quick handover's glare). */
  unreadable: Set<string>;
}

/**
 * A school shoot with the rhythm the gap rule is built for: a subject's photos 2–8 s apart, the
 * card shown 1–4 s before the first of them, and 20–90 s from one subject's last photo to the
 * next card. Some cards are lost: to glare (the decoders see nothing), or seen but not read. Some
 * pupils step up at once (a quick handover: the card as soon after the last photo as the photos came)
 * and their card is glared: the QR stage's report for it (GLARE_REPORTS) is all that tells.
 */
export function simulateShoot(seed: number, cameras = 2, subjectsPerCamera = 30): Shoot {
  const random = seededRandom(seed);
  const between = (low: number, high: number): number => low + random() * (high - low);
  const photos: SortPhoto[] = [];
  const truth = new Map<number, string | null>();
  const unreadable = new Set<string>();
  for (let camera = 0; camera < cameras; camera += 1) {
    const tokens: string[] = [];
    const subjects: (string | null)[] = [];
    let t = between(0, 30);
    for (let s = 0; s < subjectsPerCamera; s += 1) {
      const code = `S${camera}X${String(s).padStart(3, '0')}`;
      const luck = random();
      const quick = luck >= 0.17 && luck < 0.25;
      if (s > 0) t += quick ? between(2, 8) : between(20, 90);
      const card = luck < 0.1 ? 'glare' : luck < 0.14 ? 'undecodable' : luck < 0.17 ? 'cardlike' : quick ? `handover:${GLARES[s % GLARES.length] ?? 'partial'}` : `card:${code}`;
      if (!card.startsWith('card:')) unreadable.add(code);
      tokens.push(`${card}@${t.toFixed(3)}`);
      subjects.push(code);
      t += between(1, 4);
      const count = 3 + Math.floor(random() * 6);
      for (let i = 0; i < count; i += 1) {
        if (i > 0) t += between(2, 8);
        tokens.push(`p@${t.toFixed(3)}`);
        subjects.push(code);
      }
    }
    const built = buildPhotos(tokens, {
      cameraKey: `serial:CAM${camera}`,
      folder: `card${camera}/DCIM/100CANON`,
      firstId: photos.length + 1,
      firstCounter: 1 + Math.floor(random() * 9999),
      clockMs: CLOCK_MS + Math.round(between(-600, 600)) * 1000,
    });
    built.forEach((photo, index) => truth.set(photo.id, subjects[index] ?? null));
    photos.push(...built);
  }
  return { photos, truth, unreadable };
}
