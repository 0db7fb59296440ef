import { describe, expect, it } from 'vitest';
import { splitByCards } from '../../../electron/core/sort/split-by-cards.js';
import type { SortPhoto, UnreadableFile } from '../../../electron/core/sort/sort-types.js';
import { GLARE_REPORTS, buildPhotos, classifyByPrefix, seededRandom, shuffled } from './build-photos.js';
import { labelsOf, misassignedOf, violationsOf } from './check-split.js';
import { simulateShoot } from './simulate-shoot.js';

const CODES = ['AAAA', 'BBBB', 'CCCC', 'DDDD', 'NEWSEEEE', 'UNKN1111', 'OTHR2222', 'RETD3333'];
const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

interface RandomShoot {
  /** Every photo that was read, in the order it was really taken (per body). */
  photos: SortPhoto[];
  /** Frames that could not be read; in truth they were whatever their token said (a card, maybe). */
  unreadable: UnreadableFile[];
  /** Every frame in true shooting order, the unreadable ones included: the oracle's truth. */
  taken: SortPhoto[];
  bodyOf: Map<number, string>;
  /** Frames that in truth are the next pupil's card under glare, however little the QR stage saw of it. */
  glareCards: Set<number>;
}

const GLARES = Object.keys(GLARE_REPORTS);

/**
 * A random camera stream of every kind of frame, gaps from bursts to long pauses, in shooting order;
 * on some bodies the clock is set back (or forward) once or twice along the way, while the counter
 * runs on as a camera's does. A glared card (`handover`) mostly comes as soon after the photo before
 * it as a subject's own photos do: a quick handover, which no pause betrays.
 */
function randomStream(random: () => number, camera: number, firstId: number, key: { cameraKey: string; folder: string }): { photos: SortPhoto[]; glareCards: number[] } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const untimedCamera = random() < 0.1;
  const clockChanges = random() < 0.3 ? 1 + Math.floor(random() * 2) : 0;
  const tokens: string[] = [];
  let t = 0;
  let offset = 0;
  const length = 5 + Math.floor(random() * 50);
  const changesAt = new Set(Array.from({ length: clockChanges }, () => Math.floor(random() * length)));
  for (let i = 0; i < length; i += 1) {
    const roll = random();
    const gap = roll < 0.1 ? 0 : roll < 0.2 ? random() : roll < 0.8 ? 1 + random() * 8 : 10 + random() * 80;
    t += gap;
    // Set back by minutes or a daylight-saving hour, now and then forward again.
    if (changesAt.has(i)) offset += random() < 0.8 ? -pick([60, 180, 600, 3600]) : pick([120, 3600]);
    const r = random();
    const kind =
      r < 0.53 ? 'p'
      : r < 0.66 ? `card:${pick(CODES)}`
      : r < 0.69 ? `card:${pick(CODES)}+${pick(CODES)}`
      : r < 0.71 ? `card:${pick(CODES)}+${pick(CODES)}~0.04`
      : r < 0.74 ? `bg:${pick(CODES)}`
      : r < 0.76 ? 'glare'
      : r < 0.78 ? 'undecodable'
      : r < 0.8 ? `undecodable:${pick(CODES)}`
      : r < 0.82 ? 'cardlike'
      : r < 0.84 ? 'qr:Welcome to Year 6!'
      : r < 0.86 ? 'qr:https://www.school-example.org/WORDEVENTS'
      : r < 0.88 && i > 0 ? `dup:${firstId + Math.floor(random() * i)}`
      : r > 0.88 && r < 0.91 ? `handover:${pick(GLARES)}`
      : 'p';
    const time = untimedCamera || random() < 0.06 ? '-' : Math.max(0, t + offset + 7200).toFixed(3);
    const manual = random() < 0.05 ? `!${pick(CODES)}` : '';
    tokens.push(`${kind}@${time}${manual}`);
  }
  const photos = buildPhotos(tokens, {
    ...key,
    firstId,
    firstCounter: random() < 0.3 ? 9970 + Math.floor(random() * 30) : 1 + Math.floor(random() * 9000),
    clockMs: Date.UTC(2024, 5, 3, 9) + Math.floor(random() * 600) * 1000,
  });
  return { photos, glareCards: photos.filter((_, index) => tokens[index]?.startsWith('handover:')).map((photo) => photo.id) };
}

/**
 * One to three cameras; sometimes two bodies of one model without serial numbers copied into one
 * folder (one camera key), their names renamed where they collide; some frames unreadable.
 */
function randomShoot(seed: number): RandomShoot {
  const random = seededRandom(seed);
  const taken: SortPhoto[] = [];
  const bodyOf = new Map<number, string>();
  const glareCards = new Set<number>();
  const cameras = 1 + Math.floor(random() * 3);
  const twins = random() < 0.25;
  for (let camera = 0; camera < cameras + (twins ? 1 : 0); camera += 1) {
    const twin = twins && camera === cameras;
    const key = twin ? { cameraKey: 'serial:CAM0', folder: 'card0' } : { cameraKey: `serial:CAM${camera}`, folder: `card${camera}` };
    const names = new Set(taken.map((photo) => photo.path));
    const stream = randomStream(random, camera, taken.length + 1, key);
    const body = stream.photos.map((photo) => (names.has(photo.path) ? { ...photo, path: photo.path.replace(/\.JPG$/, ' (2).JPG') } : photo));
    for (const id of stream.glareCards) glareCards.add(id);
    for (const photo of body) bodyOf.set(photo.id, `body${camera}`);
    taken.push(...body);
  }
  const lost = new Set(taken.filter((photo) => photo.duplicateOf === null && photo.manualCodes.length === 0 && random() < 0.04).map((photo) => photo.id));
  const copiesOfLost = taken.filter((photo) => photo.duplicateOf !== null && lost.has(photo.duplicateOf));
  for (const copy of copiesOfLost) lost.add(copy.id);
  return {
    photos: taken.filter((photo) => !lost.has(photo.id)),
    unreadable: taken.filter((photo) => lost.has(photo.id)).map((photo) => ({ id: photo.id, path: photo.path, message: 'image is truncated' })),
    taken,
    bodyOf,
    glareCards,
  };
}

describe('splitByCards on random streams', () => {
  it.each(seeds)('seed %i: every photo exactly once, none misassigned, input order irrelevant', (seed) => {
    const { photos, unreadable, taken, bodyOf, glareCards } = randomShoot(seed);
    const result = splitByCards(photos, classifyByPrefix, { unreadable });
    expect(violationsOf(photos, result)).toEqual([]);
    expect(misassignedOf(taken, result, classifyByPrefix, bodyOf, glareCards)).toEqual([]);
    expect(splitByCards(shuffled(photos, seededRandom(seed * 31)), classifyByPrefix, { unreadable })).toEqual(result);
  });

  it('the random shoots hold every hostile case', () => {
    const shoots = seeds.map(randomShoot);
    const has = (test: (shoot: RandomShoot) => boolean): number => shoots.filter(test).length;
    expect(has((s) => s.unreadable.length > 0)).toBeGreaterThan(20);
    expect(has((s) => new Set(s.bodyOf.values()).size > new Set(s.photos.map((p) => p.cameraKey)).size)).toBeGreaterThan(20);
    expect(has((s) => s.photos.some((p) => p.path.includes(' (2)')))).toBeGreaterThan(3);
    expect(has((s) => s.photos.some((p, i) => { const next = s.photos[i + 1]; return next !== undefined && p.capturedAt !== null && next.capturedAt !== null && s.bodyOf.get(p.id) === s.bodyOf.get(next.id) && next.capturedAt < p.capturedAt - 30_000; }))).toBeGreaterThan(20);
    expect(has((s) => s.photos.some((p) => p.qr.sizes.some((size) => size !== null && size < 0.1)))).toBeGreaterThan(40);
    // A glared card at most 8 s after the photo before it on its body: no pause betrays it, only the frame itself.
    const quickHandovers = shoots.flatMap((s) =>
      s.taken.filter((p, i) => {
        const before = s.taken[i - 1];
        return s.glareCards.has(p.id) && before !== undefined && !s.glareCards.has(before.id) && s.bodyOf.get(before.id) === s.bodyOf.get(p.id) && p.capturedAt !== null && before.capturedAt !== null && p.capturedAt - before.capturedAt <= 8000;
      }),
    );
    expect(quickHandovers.length).toBeGreaterThan(60);
  });
});

describe('splitByCards on simulated school shoots', () => {
  it.each(seeds.slice(0, 40))('seed %i: no photo reaches a wrong gallery, every readable subject is complete', (seed) => {
    const { photos, truth, unreadable } = simulateShoot(seed);
    const result = splitByCards(shuffled(photos, seededRandom(seed)), classifyByPrefix);
    expect(violationsOf(photos, result)).toEqual([]);
    // Judged against what the photos really show, so a card lost to glare counts too.
    expect(result.links.filter((link) => truth.get(link.photoId) !== link.code)).toEqual([]);
    const linked = new Set([...result.cards, ...result.links].map((link) => link.photoId));
    const missed = photos.filter((photo) => !unreadable.has(truth.get(photo.id) ?? '') && !linked.has(photo.id));
    expect(missed.map((photo) => `${photo.id} ${truth.get(photo.id) ?? ''}`)).toEqual([]);
  });
});

describe('splitByCards is incremental', () => {
  it.each(seeds.slice(0, 20))('seed %i: photos of later subjects leave earlier results alone', (seed) => {
    const { photos } = simulateShoot(seed, 1, 20);
    const cut = photos.findIndex((photo, index) => index > photos.length / 2 && photo.qr.codes.length > 0);
    const earlier = photos.slice(0, cut);
    const before = splitByCards(earlier, classifyByPrefix);
    const after = splitByCards(photos, classifyByPrefix);
    expect(labelsOf(earlier, after)).toEqual(labelsOf(earlier, before));
    expect(after.indexPhotos.slice(0, before.indexPhotos.length)).toEqual(before.indexPhotos);
  });

  it('running twice gives the same result', () => {
    const { photos } = randomShoot(4242);
    expect(splitByCards(photos, classifyByPrefix)).toEqual(splitByCards(photos, classifyByPrefix));
  });

  it('a card found later inside an earlier subject does change it', () => {
    // IMG_0004, the card, was copied from the memory card only later.
    const earlier = buildPhotos(['card:AAAA@0', 'p@3', 'p@6', 'p@30#5', 'p@33']);
    const late = buildPhotos(['card:BBBB@28#4'], { firstId: 6 });
    expect(labelsOf(earlier, splitByCards(earlier, classifyByPrefix))).toEqual(['card:AAAA', 'AAAA', 'AAAA', 'unreadable-card#1', 'unreadable-card#1']);
    expect(labelsOf(earlier, splitByCards([...earlier, ...late], classifyByPrefix))).toEqual(['card:AAAA', 'AAAA', 'AAAA', 'BBBB', 'BBBB']);
  });
});
