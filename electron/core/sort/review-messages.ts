import type { RejectedCode } from './classify-frame.js';
import type { MixedCameras, UnknownPause } from './counter-order.js';
import type { Placement } from './order-stream.js';
import type { SortPhoto } from './sort-types.js';

// Messages name files by path so a photographer can find them; ids mean nothing to her.

export function unreadableMessage(card: SortPhoto, cause: 'undecodable' | 'card-like', accepted: string[], read: string[], count: number): string {
  const what =
    cause === 'card-like'
      ? read.length > 0
        ? `${card.path} looks like a card, but what its QR code says is no access code: ${[...new Set(read)].join('; ')}.`
        : `${card.path} looks like a card, but no code could be read from it.`
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

export function backgroundMessage(frame: SortPhoto, codes: string[], count: number): string {
  return (
    `${frame.path} shows ${codes.length === 1 ? 'code' : 'codes'} ${listCodes(codes)} far smaller than this camera's cards: a card ` +
    `in the background (the next pupil in the queue?), not one held up to the camera, so it opens no gallery. ` +
    `${held(count)} from this frame up to the next card: assign them to the right subject. The frame stays hidden, since the code can be read from it.`
  );
}

export function clockChangeMessage(jump: UnknownPause, cameraKey: string, count: number): string {
  return (
    `The clock of ${cameraName(cameraKey)} went back ${duration(jump.backMs)} between ${jump.before.path} and ${jump.photo.path} ` +
    `(set back, or a daylight-saving change): the photos follow their file numbers, but how long the pause before ` +
    `${jump.photo.path} was is unknown, so a card may have been missed there. ${held(count)} from there up to the next card: ` +
    `assign them to the right subject.`
  );
}

export function mixedCamerasMessage(cameraKey: string, folders: string[], mixed: MixedCameras, count: number): string {
  const evidence = mixed.sameNumber
    ? `${mixed.earlier.path} and ${mixed.later.path} carry the same file number`
    : `file numbers and capture times disagree again and again (${mixed.later.path} was taken after ${mixed.earlier.path})`;
  return (
    `Photos of two cameras of one model (${cameraName(cameraKey)}, no serial number) seem to be mixed in ${folders.join(', ')}: ` +
    `${evidence}, so the order they were taken in cannot be known. ${held(count)}: copy each camera's card into a folder ` +
    `of its own and sort again, or assign them by hand.`
  );
}

export function counterSkipMessage(pause: UnknownPause, count: number): string {
  return (
    `File numbers jump from ${pause.before.path} to ${pause.photo.path}, taken ${duration((pause.photo.capturedAt ?? 0) - (pause.before.capturedAt ?? 0))} ` +
    `later: frames are missing there, or the photos of two cameras of one model are mixed, so a card may have been missed. ` +
    `${held(count)} from there up to the next card: assign them to the right subject.`
  );
}

export function failedFrameMessage(file: SortPhoto, failure: string, count: number): string {
  return (
    `${file.path} could not be read (${failure}), so whether it was a card is unknown. ${held(count)} from this frame ` +
    `up to the next card: copy the file again from the memory card and sort again, or assign them to the right subject.`
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

export function untimedNextShotMessage(photo: SortPhoto, previous: SortPhoto, codes: string[]): string {
  return `${photo.path} has no capture time: its camera numbered it right after ${previous.path} of ${listCodes(codes)}, so it was the next shot, and it was linked to ${listCodes(codes)} too.`;
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

function cameraName(cameraKey: string): string {
  return cameraKey.startsWith('folder:') ? `the camera of ${cameraKey.slice('folder:'.length)}` : `camera ${cameraKey.replace(/^(serial|model):/, '')}`;
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
