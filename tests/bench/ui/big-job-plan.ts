import { createHash } from 'node:crypto';
import { createRng } from '../../support/shoot/prng.js';
import { makeSubjects, type Subject } from '../../support/shoot/make-subjects.js';

/** The benchmark's school: 25 classes of 24 pupils, half photographed by each of two cameras. */
export const CLASSES = 25;
export const PUPILS_PER_CLASS = 24;
/** Photos of the queue before a camera's first card: 1,000 in all, the view the assign is timed on. */
export const LEADING_PER_CAMERA = 500;
/** Pupils whose card no decoder read: their photos wait in an "Unreadable card" group, as in a real sort. */
const UNREADABLE_CARDS = [40, 210, 333, 555];

export interface Camera {
  make: string;
  model: string;
  serial: string;
  /** DCF folder suffix and file prefix, as the body writes them (100EOSR6/IMG_0001.JPG). */
  folder: string;
  prefix: string;
}

export const CAMERAS: readonly Camera[] = [
  { make: 'Canon', model: 'Canon EOS R6', serial: '032021001234', folder: 'EOSR6', prefix: 'IMG_' },
  { make: 'NIKON CORPORATION', model: 'NIKON Z 6_2', serial: '6034571', folder: 'NZ6_2', prefix: 'DSC_' },
];

export interface PlannedFrame {
  relPath: string;
  sha256: string;
  camera: Camera;
  /** EXIF DateTimeOriginal, on the camera's own clock. */
  capturedAt: string;
  /** What the QR pass found: the pupil's card, a card no decoder read, or nothing (a portrait). */
  content: { kind: 'card'; subject: number } | { kind: 'unreadable-card'; subject: number } | { kind: 'photo'; subject: number | null };
}

export interface BigJobPlan {
  subjects: Subject[];
  frames: PlannedFrame[];
}

/** Seconds between frames: a pupil's own photos come a few seconds apart, the next pupil's card after a longer change. */
const WITHIN_SUBJECT_S = [3, 2, 4, 3, 5];
const CARD_TO_FIRST_S = 4;
const CHANGE_OF_SUBJECT_S = 25;
/** A camera numbers 0001–9999, then opens the next folder and starts again at 0001. */
const COUNTER_MAX = 9999;

/**
 * The job of 20,000 files as a sort of a real school day would have recorded it: per camera, the
 * queue's photos before the first card, then each pupil's card and 30 or 31 portraits. Deterministic,
 * so the cached job is the same on every machine.
 */
export function planBigJob(): BigJobPlan {
  const subjects = makeSubjects(CLASSES * PUPILS_PER_CLASS, createRng(6)).map((subject, i) => ({
    ...subject,
    group: `${1 + Math.floor(i / (PUPILS_PER_CLASS * 5))}${'ABCDE'[Math.floor(i / PUPILS_PER_CLASS) % 5] ?? ''}`,
  }));
  const perCamera = subjects.length / CAMERAS.length;
  const frames = CAMERAS.flatMap((camera, c) => {
    const contents: { content: PlannedFrame['content']; pauseS: number }[] = [];
    for (let i = 0; i < LEADING_PER_CAMERA; i += 1) contents.push({ content: { kind: 'photo', subject: null }, pauseS: pauseWithin(i) });
    for (let s = c * perCamera; s < (c + 1) * perCamera; s += 1) {
      contents.push({ content: { kind: UNREADABLE_CARDS.includes(s) ? 'unreadable-card' : 'card', subject: s }, pauseS: CHANGE_OF_SUBJECT_S });
      // 30 or 31 photos each: the two cameras hold 10,000 files apiece.
      const photos = s % 3 === 2 ? 30 : 31;
      for (let p = 0; p < photos; p += 1) contents.push({ content: { kind: 'photo', subject: s }, pauseS: p === 0 ? CARD_TO_FIRST_S : pauseWithin(p) });
    }
    // The two bodies' clocks were set a few seconds apart, as they always are.
    let clock = Date.UTC(2026, 4, 4, 8, 0, 0) + c * 7000;
    return contents.map(({ content, pauseS }, i): PlannedFrame => {
      clock += pauseS * 1000;
      const counter = (i % COUNTER_MAX) + 1;
      const folder = `${100 + Math.floor(i / COUNTER_MAX)}${camera.folder}`;
      const relPath = `cam-${'ab'[c] ?? c}/DCIM/${folder}/${camera.prefix}${String(counter).padStart(4, '0')}.JPG`;
      return { relPath, sha256: createHash('sha256').update(`bench-ui:${relPath}`).digest('hex'), camera, capturedAt: exifDate(clock), content };
    });
  });
  return { subjects, frames };
}

function pauseWithin(i: number): number {
  return WITHIN_SUBJECT_S[i % WITHIN_SUBJECT_S.length] ?? 3;
}

/** EXIF's 'YYYY:MM:DD HH:MM:SS'. */
function exifDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', ':')} ${iso.slice(11, 19)}`;
}
