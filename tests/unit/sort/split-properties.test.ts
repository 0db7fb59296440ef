import { describe, expect, it } from 'vitest';
import { splitByCards } from '../../../electron/core/sort/split-by-cards.js';
import type { SortPhoto } from '../../../electron/core/sort/sort-types.js';
import { buildPhotos, classifyByPrefix, seededRandom, shuffled } from './build-photos.js';
import { labelsOf, misassignedOf, violationsOf } from './check-split.js';
import { simulateShoot } from './simulate-shoot.js';

const CODES = ['AAAA', 'BBBB', 'CCCC', 'DDDD', 'NEWSEEEE', 'UNKN1111', 'OTHR2222', 'RETD3333'];
const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

/** A random camera stream of every kind of frame, gaps from bursts to long pauses, in shooting order. */
function randomStream(random: () => number, camera: number, firstId: number): SortPhoto[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const untimedCamera = random() < 0.1;
  const tokens: string[] = [];
  let t = 0;
  const length = 5 + Math.floor(random() * 50);
  for (let i = 0; i < length; i += 1) {
    const roll = random();
    const gap = roll < 0.1 ? 0 : roll < 0.2 ? random() : roll < 0.8 ? 1 + random() * 8 : 10 + random() * 80;
    t += gap;
    const r = random();
    const kind =
      r < 0.55 ? 'p'
      : r < 0.68 ? `card:${pick(CODES)}`
      : r < 0.71 ? `card:${pick(CODES)}+${pick(CODES)}`
      : r < 0.74 ? 'glare'
      : r < 0.77 ? 'undecodable'
      : r < 0.79 ? `undecodable:${pick(CODES)}`
      : r < 0.82 ? 'cardlike'
      : r < 0.85 ? 'qr:Welcome to Year 6!'
      : r < 0.88 && i > 0 ? `dup:${firstId + Math.floor(random() * i)}`
      : 'p';
    const time = untimedCamera || random() < 0.06 ? '-' : t.toFixed(3);
    const manual = random() < 0.05 ? `!${pick(CODES)}` : '';
    tokens.push(`${kind}@${time}${manual}`);
  }
  return buildPhotos(tokens, {
    cameraKey: `serial:CAM${camera}`,
    folder: `card${camera}`,
    firstId,
    firstCounter: random() < 0.3 ? 9970 + Math.floor(random() * 30) : 1 + Math.floor(random() * 9000),
    clockMs: Date.UTC(2024, 5, 3, 9) + Math.floor(random() * 600) * 1000,
  });
}

function randomShoot(seed: number): SortPhoto[] {
  const random = seededRandom(seed);
  const photos: SortPhoto[] = [];
  const cameras = 1 + Math.floor(random() * 3);
  for (let camera = 0; camera < cameras; camera += 1) photos.push(...randomStream(random, camera, photos.length + 1));
  return photos;
}

describe('splitByCards on random streams', () => {
  it.each(seeds)('seed %i: every photo exactly once, none misassigned, input order irrelevant', (seed) => {
    const photos = randomShoot(seed);
    const result = splitByCards(photos, classifyByPrefix);
    expect(violationsOf(photos, result)).toEqual([]);
    expect(misassignedOf(photos, result, classifyByPrefix)).toEqual([]);
    expect(splitByCards(shuffled(photos, seededRandom(seed * 31)), classifyByPrefix)).toEqual(result);
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
    const photos = randomShoot(4242);
    expect(splitByCards(photos, classifyByPrefix)).toEqual(splitByCards(photos, classifyByPrefix));
  });

  it('a card found later inside an earlier subject does change it', () => {
    const earlier = buildPhotos(['card:AAAA@0', 'p@3', 'p@6', 'p@30', 'p@33']);
    const late = buildPhotos(['card:BBBB@28'], { folder: 'DCIM/101CANON', firstId: 6 });
    expect(labelsOf(earlier, splitByCards(earlier, classifyByPrefix))).toEqual(['card:AAAA', 'AAAA', 'AAAA', 'unreadable-card#1', 'unreadable-card#1']);
    expect(labelsOf(earlier, splitByCards([...earlier, ...late], classifyByPrefix))).toEqual(['card:AAAA', 'AAAA', 'AAAA', 'BBBB', 'BBBB']);
  });
});
