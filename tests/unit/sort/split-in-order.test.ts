import { describe, expect, it } from 'vitest';
import { orderShoot } from '../../../electron/core/sort/order-shoot.js';
import { shootingOrder } from '../../../electron/core/sort/shooting-order.js';
import { splitByCards, splitInOrder } from '../../../electron/core/sort/split-by-cards.js';
import type { SortPhoto, UnreadableFile } from '../../../electron/core/sort/sort-types.js';
import { withDecisions } from '../../../electron/core/sort/with-decisions.js';
import { buildPhotos, classifyByPrefix, seededRandom, shuffled } from './build-photos.js';

const KINDS = ['p', 'p', 'p', 'p', 'p', 'card:AAAA', 'card:BBBB', 'card:NEWSCCCC', 'card:AAAA+DDDD', 'bg:BBBB', 'undecodable', 'cardlike', 'qr:Welcome', 'card:UNKN1111'];
const CODES = ['AAAA', 'BBBB', 'DDDD', 'EEEE'];
const seeds = Array.from({ length: 60 }, (_, i) => i + 1);

/**
 * A job's photos as scanned, no decision in them: one to three cameras (one named after its folder
 * only, so its EXIF-less photos join the folder's camera), copies, photos without time, a clock set
 * back, frames that could not be read.
 */
function scannedShoot(seed: number): { photos: SortPhoto[]; unreadable: UnreadableFile[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const photos: SortPhoto[] = [];
  const cameras = 1 + Math.floor(random() * 3);
  for (let camera = 0; camera < cameras; camera += 1) {
    let t = 0;
    const tokens = Array.from({ length: 10 + Math.floor(random() * 40) }, (_, i) => {
      t += random() < 0.15 ? 30 + random() * 60 : 1 + random() * 6;
      if (random() < 0.03) t -= 600;
      const kind = i > 0 && random() < 0.05 ? `dup:${photos.length + 1 + Math.floor(random() * i)}` : pick(KINDS);
      return `${kind}@${random() < 0.08 ? '-' : Math.max(0, t + 3600).toFixed(3)}`;
    });
    const stream = buildPhotos(tokens, { cameraKey: `serial:CAM${camera}`, folder: `card${camera}/DCIM/100CANON`, firstId: photos.length + 1, firstCounter: 1 + Math.floor(random() * 9990) });
    photos.push(...stream.map((photo) => (random() < 0.06 ? { ...photo, cameraKey: `folder:card${camera}/DCIM/100CANON` } : photo)));
  }
  const lost = photos.filter((photo) => photo.duplicateOf === null && !photos.some((other) => other.duplicateOf === photo.id) && random() < 0.04);
  return {
    photos: photos.filter((photo) => !lost.includes(photo)),
    unreadable: lost.map((photo) => ({ id: photo.id, path: photo.path, message: 'image is truncated' })),
  };
}

/** The photographer's decisions on some photos: links by hand, cards read by hand, hidden, kept unassigned. */
function decide(photos: readonly SortPhoto[], seed: number): SortPhoto[] {
  const random = seededRandom(seed * 7919);
  return photos.map((photo) => {
    const roll = random();
    const code = CODES[Math.floor(random() * CODES.length)] as string;
    if (roll < 0.08) return { ...photo, manualCodes: [code] };
    if (roll < 0.11) return { ...photo, qr: { codes: [code], sizes: [null], undecodable: false, cardLike: true } };
    if (roll < 0.15) return { ...photo, hiddenByHand: true };
    if (roll < 0.18) return { ...photo, keptUnassigned: true };
    return photo;
  });
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const inner of Object.values(value)) deepFreeze(inner, seen);
  return Object.freeze(value);
}

describe('an order worked out before the decisions, split with them', () => {
  it.each(seeds)('seed %i: the split of a fresh order, whatever order the photos come in', (seed) => {
    const { photos: scanned, unreadable } = scannedShoot(seed);
    const decided = decide(scanned, seed);
    const fresh = splitByCards(decided, classifyByPrefix, { unreadable });
    // Walking the order must leave it as it was: it is kept for the next change by hand.
    const order = deepFreeze(orderShoot(scanned, unreadable));
    expect(splitInOrder(withDecisions(order, decided), classifyByPrefix)).toEqual(fresh);
    expect(splitInOrder(withDecisions(order, shuffled(decided, seededRandom(seed))), classifyByPrefix)).toEqual(fresh);
  });

  it('the shoots hold what the order derives: joined cameras, copies, untimed photos, unreadable frames', () => {
    const shoots = seeds.map(scannedShoot);
    const count = (test: (photo: SortPhoto) => boolean): number => shoots.filter((shoot) => orderShoot(shoot.photos, shoot.unreadable).photos.some(test)).length;
    expect(count((photo) => photo.joinedFolderCamera === true)).toBeGreaterThan(10);
    expect(count((photo) => photo.duplicateOf !== null)).toBeGreaterThan(10);
    expect(count((photo) => photo.capturedAt === null)).toBeGreaterThan(10);
    expect(shoots.filter((shoot) => shoot.unreadable.length > 0).length).toBeGreaterThan(10);
  });

  it.each(seeds.filter((seed) => scannedShoot(seed).unreadable.length > 0))('seed %i: the filmstrip is the order of the photos read, unreadable frames aside', (seed) => {
    const { photos, unreadable } = scannedShoot(seed);
    const filmstrip = shootingOrder(orderShoot(photos, unreadable));
    expect(filmstrip.flat().map((photo) => photo.id)).not.toContain(unreadable[0]?.id);
    expect(filmstrip).toEqual(shootingOrder(orderShoot(photos, [])));
  });

  it('without a decision the order is taken as it is', () => {
    const { photos, unreadable } = scannedShoot(5);
    const order = orderShoot(photos, unreadable);
    expect(withDecisions(order, photos)).toBe(order);
  });

  const { photos: scanned } = scannedShoot(3);
  const [first, second] = scanned as [SortPhoto, SortPhoto];
  it.each<[string, SortPhoto[]]>([
    ['a photo fewer', scanned.slice(1)],
    ['a photo more', [...scanned, { ...first, id: 9999 }]],
    ['one photo twice, another missing', [first, first, ...scanned.slice(2)]],
    ['a photo renamed', [{ ...first, path: `${first.path}.moved` }, ...scanned.slice(1)]],
    ['a capture time changed', [first, { ...second, capturedAt: (second.capturedAt ?? 0) + 1000 }, ...scanned.slice(2)]],
  ])('refuses photos that are not the order’s own: %s', (_name, photos) => {
    expect(() => withDecisions(orderShoot(scanned, []), photos)).toThrow(/out of date/);
  });
});
