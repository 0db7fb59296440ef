import { expect } from 'vitest';
import { parsePayload } from '../../../electron/core/qr/parse-payload.js';
import { splitByCards } from '../../../electron/core/sort/split-by-cards.js';
import type { CodeStatus, SortPhoto, SplitOptions, SplitResult } from '../../../electron/core/sort/sort-types.js';
import { classifyByPrefix, seededRandom, shuffled } from './build-photos.js';

/** In the test streams a symbol smaller than this share of the frame is a card in the background (bg: tokens), next to cards held up. */
const HELD_UP = 0.1;

export interface Case {
  name: string;
  photos: SortPhoto[];
  expected: string[];
  /** Ids in the order they were taken, when the photos are not listed that way. */
  shootingOrder?: number[];
  options?: SplitOptions;
  /** The body that took each photo, where two bodies share a camera key (see misassignedOf). */
  bodyOf?: ReadonlyMap<number, string>;
}

/** Each case: photos in shooting order, one label per photo (see labelsOf), checked in three input orders. */
export function check({ photos, expected, shootingOrder, options, bodyOf }: Case): void {
  const result = splitByCards(photos, classifyByPrefix, options);
  expect(labelsOf(photos, result)).toEqual(expected);
  expect(violationsOf(photos, result)).toEqual([]);
  const taken = shootingOrder ? shootingOrder.map((id) => photos.find((p) => p.id === id) as SortPhoto) : photos;
  expect(misassignedOf(taken, result, classifyByPrefix, bodyOf)).toEqual([]);
  expect(splitByCards([...photos].reverse(), classifyByPrefix, options)).toEqual(result);
  expect(splitByCards(shuffled(photos, seededRandom(7)), classifyByPrefix, options)).toEqual(result);
}

const NOTICES = new Set(['foreign-qr', 'no-capture-time']);

/** Breaks of the SplitResult contract: every photo exactly once, in at most one review group. */
export function violationsOf(photos: readonly SortPhoto[], result: SplitResult): string[] {
  const problems: string[] = [];
  const places = new Map<number, string[]>(photos.map((p) => [p.id, []]));
  const add = (id: number, place: string): void => {
    const list = places.get(id);
    if (list === undefined) problems.push(`${place} lists unknown photo ${id}`);
    else if (!list.includes(place)) list.push(place);
  };
  for (const card of result.cards) add(card.photoId, 'cards');
  for (const link of result.links) add(link.photoId, 'links');
  for (const id of result.unassigned) add(id, 'unassigned');
  for (const id of result.manual) add(id, 'manual');
  const groupsOf = new Map<number, string[]>();
  for (const group of result.review) {
    if (group.photoIds.length === 0) problems.push(`empty ${group.reason} group`);
    for (const id of group.photoIds) groupsOf.set(id, [...(groupsOf.get(id) ?? []), group.reason]);
  }
  for (const [id, list] of places) {
    const groups = groupsOf.get(id) ?? [];
    if (groups.length > 1) problems.push(`photo ${id} is in ${groups.length} review groups (${groups.join(', ')})`);
    if (list.length > 1) problems.push(`photo ${id} is in ${list.join(' and ')}`);
    if (list.length === 0 && groups.length === 0) problems.push(`photo ${id} is nowhere`);
    const [group] = groups;
    if (list.length === 1 && group !== undefined && !NOTICES.has(group)) problems.push(`photo ${id} is in ${list[0]} and held in ${group}`);
    if (list.includes('manual') && group !== undefined) problems.push(`manual photo ${id} is in review ${group}`);
  }
  return problems;
}

/**
 * Links that break "zero misassigned": a photo may only be linked to a code of the card that most
 * recently preceded it in its body's true shooting order, and only if everything card-like in that
 * frame was accepted. A code in the background is no card (the subject before goes on), nor is a
 * word that is no code. Written without the implementation's helpers, from the QR data and the
 * truth alone: the order given is the order the photos were taken in, whatever their clocks say,
 * `bodyOf` tells two bodies apart that share a camera key, and `unreadCards` are frames that in truth
 * hold a card no code was read from (glare after a quick handover): the photos after one are the next
 * pupil's, whatever its QR data says, so nothing may be linked until the next card.
 */
export function misassignedOf(
  shootingOrder: readonly SortPhoto[],
  result: SplitResult,
  classify: (code: string) => CodeStatus,
  bodyOf: ReadonlyMap<number, string> = new Map(),
  unreadCards: ReadonlySet<number> = new Set(),
): string[] {
  const allowed = new Map<number, string[]>();
  const lastCard = new Map<string, string[]>();
  // Small is relative: with no card held up anywhere in the shoot, a small one is all there is to go by.
  const anyHeldUp = shootingOrder.some((photo) => photo.qr.sizes.some((size) => (size ?? 0) >= HELD_UP));
  for (const photo of shootingOrder) {
    if (photo.duplicateOf !== null) continue;
    const body = bodyOf.get(photo.id) ?? photo.cameraKey;
    const codes = photo.qr.codes.flatMap((text, index) => {
      const parsed = parsePayload(text);
      const heldUp = !anyHeldUp || (photo.qr.sizes[index] ?? 1) >= HELD_UP;
      return parsed.kind === 'code' && heldUp && classify(parsed.code).kind !== 'not-a-code' ? [parsed.code] : [];
    });
    const unread = unreadCards.has(photo.id);
    if (codes.length > 0 || photo.qr.undecodable || photo.qr.cardLike || unread) {
      const accepted = codes.every((code) => ['subject', 'new-spare'].includes(classify(code).kind));
      lastCard.set(body, accepted && !photo.qr.undecodable && !unread ? codes : []);
    }
    allowed.set(photo.id, lastCard.get(body) ?? []);
  }
  return result.links
    .filter((link) => !(allowed.get(link.photoId) ?? []).includes(link.code))
    .map((link) => `photo ${link.photoId} linked to ${link.code}, its last card allows ${(allowed.get(link.photoId) ?? []).join('+') || 'nothing'}`);
}

/**
 * One label per photo, in the order given: `card:CODE`, `CODE` (linked), `unassigned`, `manual`, or
 * `reason#n` when held in the n-th review group met; a notice on a placed photo adds ` & reason#n`.
 */
export function labelsOf(photos: readonly SortPhoto[], result: SplitResult): string[] {
  const ordinal = new Map<object, number>();
  return photos.map((photo) => {
    const card = result.cards.filter((c) => c.photoId === photo.id).map((c) => c.code);
    const links = result.links.filter((l) => l.photoId === photo.id).map((l) => l.code);
    const group = result.review.find((g) => g.photoIds.includes(photo.id));
    const groupLabel = group ? `${group.reason}#${ordinal.get(group) ?? ordinal.set(group, ordinal.size + 1).size}` : '';
    const place =
      card.length > 0
        ? `card:${card.join('+')}`
        : links.length > 0
          ? links.join('+')
          : result.unassigned.includes(photo.id)
            ? 'unassigned'
            : result.manual.includes(photo.id)
              ? 'manual'
              : '';
    if (place === '') return groupLabel || 'nowhere';
    return groupLabel ? `${place} & ${groupLabel}` : place;
  });
}
