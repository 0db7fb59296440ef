import type { RejectedCode } from './classify-frame.js';
import type { Placement } from './order-stream.js';
import type { SortPhoto } from './sort-types.js';

// Messages name files by path so a photographer can find them; ids mean nothing to her.

export function unreadableMessage(card: SortPhoto, cause: 'undecodable' | 'card-like', accepted: string[], count: number): string {
  const what =
    cause === 'card-like'
      ? `${card.path} looks like a card, but no code could be read from it.`
      : accepted.length > 0
        ? `${card.path}: card ${listCodes(accepted)} was read, but another QR code in the frame could not be (a sibling's card?).`
        : `${card.path}: a QR code in this frame could not be read (bent card, glare or blur).`;
  return `${what} ${held(count)} from this frame up to the next readable card: assign them to the right subject.`;
}

export function gapMessage(photo: SortPhoto, previous: SortPhoto, gapMs: number, thresholdMs: number, count: number): string {
  return (
    `No card was read before ${photo.path}, but it was taken ${duration(gapMs)} after the previous photo of its camera ` +
    `(${previous.path}), longer than the ${duration(thresholdMs)} that photos of one subject are apart here: a card may ` +
    `have been missed (glare over the code). ${held(count)} from there up to the next card: assign them to the right subject.`
  );
}

export function rejectedMessage(card: SortPhoto, rejected: RejectedCode[], accepted: string[], count: number): string {
  const also = accepted.length > 0 ? ` (it also shows ${listCodes(accepted)})` : '';
  const why = rejected.map(describeRejection).join('; ');
  return `Card ${card.path}${also}: ${why}. ${held(count)} from this card up to the next card, so none goes to a wrong gallery.`;
}

export function untimedCardMessage(card: SortPhoto, codes: string[], count: number): string {
  return (
    `Card ${card.path} (${listCodes(codes)}) has no capture time, so its place in the shoot is a guess from its file ` +
    `name. ${held(count)} from this card up to the next card: check that they belong to ${listCodes(codes)}.`
  );
}

export function untimedLinkedMessage(photo: SortPhoto, placement: Placement, codes: string[]): string {
  return `${photo.path} has no capture time: placed by its file name ${between(placement)}, both of ${listCodes(codes)}, so it was linked to ${listCodes(codes)} too.`;
}

export function untimedUnassignedMessage(photo: SortPhoto, placement: Placement): string {
  return `${photo.path} has no capture time: placed by its file name ${between(placement)}, before the first card of its camera, so it is unassigned.`;
}

export function untimedHeldMessage(photo: SortPhoto, placement: Placement): string {
  const where =
    placement.previous === null
      ? 'with no photo with a capture time before it in its folder'
      : placement.next === null
        ? `after ${placement.previous.path}, the last photo with a capture time in its folder`
        : `${between(placement)}, which are not of one subject`;
  return `${photo.path} has no capture time: placed by its file name ${where}, so it is held: assign it to the right subject.`;
}

export function byFileNameMessage(cameraKey: string, folders: string[], count: number): string {
  return (
    `${cameraKey.startsWith('folder:') ? 'No photo' : `No photo of camera ${cameraKey.replace(/^(serial|model):/, '')}`} in ${folders.join(', ')} has a capture time: ` +
    `the order of its ${plural(count, 'photo')} comes from file names (folder, then file number) and they were sorted by ` +
    `their cards in that order. Check the galleries.`
  );
}

export function foreignMessage(photo: SortPhoto, reasons: string[]): string {
  return `${photo.path} holds a QR code that was ignored for sorting (${[...new Set(reasons)].join(', ')}): a poster or a T-shirt, say.`;
}

function describeRejection({ code, reason, job }: RejectedCode): string {
  switch (reason) {
    case 'unknown-code':
      return `code ${code} is not in this job's names list (add it there, or assign the photos)`;
    case 'other-job-code':
      return `code ${code} belongs to another job${job ? ` ("${job}")` : ''} and codes are never shared between jobs`;
    case 'retired-code':
      return `code ${code} was retired with the deleted job${job ? ` "${job}"` : ''} and is never accepted again: create new codes, e.g. add a year or school suffix`;
  }
}

function between(placement: Placement): string {
  return `between ${placement.previous?.path ?? '?'} and ${placement.next?.path ?? '?'}`;
}

function held(count: number): string {
  return `${plural(count, 'photo')} ${count === 1 ? 'is' : 'are'} held`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function listCodes(codes: string[]): string {
  return codes.join(' + ');
}

/** 45 s, 12.5 s, 1 min 5 s. */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 60) return `${seconds} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
