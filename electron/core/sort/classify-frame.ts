import type { ReviewReason } from '../../../shared/domain.js';
import { parsePayload } from '../qr/parse-payload.js';
import type { QrDetection } from '../qr/qr-types.js';
import { quoteShort } from '../text/escape-control.js';
import type { CodeStatus } from './sort-types.js';

export type RejectionReason = Extract<ReviewReason, 'unknown-code' | 'other-job-code' | 'retired-code'>;

export interface RejectedCode {
  code: string;
  reason: RejectionReason;
  /** The job that owns (or owned) the code, for other-job and retired codes. */
  job: string | null;
}

/**
 * A code whose symbol is smaller than this share of the camera's usual card (or of the largest code in
 * its own frame) is not held up to the camera: the next pupil in the queue holding their card behind.
 * Cards held up to one camera differ far less than 2× (the generated shoots: 0.26–0.31 of the long edge);
 * a card in the background is several times smaller (0.04 there).
 */
export const BACKGROUND_RATIO = 0.5;
/**
 * A payload that is no code of this job, on a symbol at least this share of the camera's usual card,
 * is a card we cannot read (another system's card, a mistyped code) rather than a poster behind.
 */
export const CARD_SIZED_RATIO = 0.8;

/** The camera's usual card size (see usualCardSize); null when it has no code frame with a known size. */
export interface FrameContext {
  cardSize: number | null;
}

/** What one frame means for the split. */
export type Frame =
  | { kind: 'plain' }
  /** QR codes that are no access code (a poster, a T-shirt): the frame is an ordinary photo. */
  | { kind: 'foreign'; reasons: string[] }
  /** Every code read is accepted and nothing else in the frame is a symbol we could not read. */
  | { kind: 'card'; codes: string[]; spare: string[] }
  /** At least one code read is not one this job may use. */
  | { kind: 'rejected'; accepted: string[]; rejected: RejectedCode[] }
  /** A card we could not read: an undecoded symbol, or a card-like frame without any accepted code. */
  | { kind: 'unreadable'; cause: 'undecodable' | 'card-like'; accepted: string[]; read: string[] }
  /** Only codes far smaller than a card held up: a card in the background, beside a subject (design §2.3). */
  | { kind: 'background'; codes: string[] };

const PLAIN: Frame = { kind: 'plain' };

/**
 * Reads a frame's QR detection. A frame counts as a card only when everything card-ish in it is
 * accepted: a sibling card we could not read, or a code we may not use, makes it a card whose
 * subjects we do not know, and the photos after it must not be given to the ones we do know. Codes in
 * the background are no card at all, but they do end the subject: the frame may be the next card.
 */
export function classifyFrame(qr: QrDetection, classify: (code: string) => CodeStatus, context: FrameContext = { cardSize: null }): Frame {
  // Nearly every frame of a shoot shows no symbol at all: it is plain without building the lists below.
  if (qr.codes.length === 0 && !qr.undecodable && !qr.cardLike) return PLAIN;
  const codes: { code: string; size: number | null }[] = [];
  const foreign: { reason: string; size: number | null }[] = [];
  qr.codes.forEach((payload, index) => {
    const size = qr.sizes[index] ?? null;
    const parsed = parsePayload(payload);
    const status = parsed.kind === 'code' ? classify(parsed.code) : null;
    if (parsed.kind === 'foreign') foreign.push({ reason: parsed.reason, size });
    else if (status?.kind === 'not-a-code') foreign.push({ reason: `${quoteShort(parsed.code)} is no code of this job (${status.why})`, size });
    else {
      const known = codes.find((c) => c.code === parsed.code);
      if (known) known.size = larger(known.size, size);
      else codes.push({ code: parsed.code, size });
    }
  });

  const largest = codes.reduce<number | null>((max, c) => larger(max, c.size), null);
  const inBackground = (size: number | null): boolean =>
    size !== null &&
    ((largest !== null && size < BACKGROUND_RATIO * largest) || (context.cardSize !== null && size < BACKGROUND_RATIO * context.cardSize));
  const background = codes.filter((c) => inBackground(c.size)).map((c) => c.code);

  const accepted: string[] = [];
  const spare: string[] = [];
  const rejected: RejectedCode[] = [];
  for (const { code } of codes) {
    if (background.includes(code)) continue;
    const status = classify(code);
    if (status.kind === 'subject' || status.kind === 'new-spare') {
      accepted.push(code);
      if (status.kind === 'new-spare') spare.push(code);
    } else if (status.kind !== 'not-a-code') {
      rejected.push(rejectionOf(code, status));
    }
  }
  const read = foreign.map((f) => f.reason);
  const cardSizedForeign = foreign.some((f) => f.size !== null && context.cardSize !== null && f.size >= CARD_SIZED_RATIO * context.cardSize);

  if (rejected.length > 0) return { kind: 'rejected', accepted, rejected };
  if (qr.undecodable) return { kind: 'unreadable', cause: 'undecodable', accepted, read };
  if (accepted.length > 0) return { kind: 'card', codes: accepted, spare };
  if (background.length > 0) return { kind: 'background', codes: background };
  if (qr.cardLike || cardSizedForeign) return { kind: 'unreadable', cause: 'card-like', accepted, read };
  if (foreign.length > 0) return { kind: 'foreign', reasons: read };
  return { kind: 'plain' };
}

/** Whether a frame ends the current subject (it is a card, readable or not, or may be one). */
export function isCardFrame(frame: Frame): boolean {
  return frame.kind !== 'plain' && frame.kind !== 'foreign';
}

/**
 * The usual size of a camera's cards: the median of its code frames' largest symbols. Background
 * cards are a few frames among many, so they do not move it. A camera with fewer than three code
 * frames has no median to trust: the job's stands in (its cameras frame their subjects alike), and
 * with fewer than three in the whole job, the largest card seen, so that a second, far smaller card
 * is still caught (at the cost of holding a normal card next to one held unusually close: work, not
 * a wrong gallery).
 */
export function usualCardSize(camera: readonly number[], job: readonly number[]): number | null {
  const median = (sizes: readonly number[]): number | null => {
    if (sizes.length < 3) return null;
    const sorted = [...sizes].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  return median(camera) ?? median(job) ?? (job.length > 0 ? Math.max(...job) : null);
}

/** The largest symbol of a frame's codes (words that are no code aside), or null when it has none of known size. */
export function largestCodeSize(qr: QrDetection, classify: (code: string) => CodeStatus): number | null {
  let largest: number | null = null;
  qr.codes.forEach((payload, index) => {
    const parsed = parsePayload(payload);
    if (parsed.kind === 'code' && classify(parsed.code).kind !== 'not-a-code') largest = larger(largest, qr.sizes[index] ?? null);
  });
  return largest;
}

function larger(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function rejectionOf(code: string, status: Extract<CodeStatus, { kind: 'unknown' | 'other-job' | 'retired' }>): RejectedCode {
  switch (status.kind) {
    case 'unknown':
      return { code, reason: 'unknown-code', job: null };
    case 'other-job':
      return { code, reason: 'other-job-code', job: status.job };
    case 'retired':
      return { code, reason: 'retired-code', job: status.job };
  }
}
