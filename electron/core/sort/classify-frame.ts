import type { ReviewReason } from '../../../shared/domain.js';
import { parsePayload } from '../qr/parse-payload.js';
import type { QrDetection } from '../qr/qr-types.js';
import type { CodeStatus } from './sort-types.js';

export type RejectionReason = Extract<ReviewReason, 'unknown-code' | 'other-job-code' | 'retired-code'>;

export interface RejectedCode {
  code: string;
  reason: RejectionReason;
  /** The job that owns (or owned) the code, for other-job and retired codes. */
  job: string | null;
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
  | { kind: 'unreadable'; cause: 'undecodable' | 'card-like'; accepted: string[] };

/**
 * Reads a frame's QR detection. A frame counts as a card only when everything card-ish in it is
 * accepted: a sibling card we could not read, or a code we may not use, makes it a card whose
 * subjects we do not know, and the photos after it must not be given to the ones we do know.
 */
export function classifyFrame(qr: QrDetection, classify: (code: string) => CodeStatus): Frame {
  const accepted: string[] = [];
  const spare: string[] = [];
  const rejected: RejectedCode[] = [];
  const foreign: string[] = [];
  for (const payload of qr.codes) {
    const parsed = parsePayload(payload);
    if (parsed.kind === 'foreign') {
      foreign.push(parsed.reason);
      continue;
    }
    const { code } = parsed;
    if (accepted.includes(code) || rejected.some((r) => r.code === code)) continue;
    const status = classify(code);
    if (status.kind === 'subject' || status.kind === 'new-spare') {
      accepted.push(code);
      if (status.kind === 'new-spare') spare.push(code);
    } else {
      rejected.push(rejectionOf(code, status));
    }
  }
  if (rejected.length > 0) return { kind: 'rejected', accepted, rejected };
  if (qr.undecodable) return { kind: 'unreadable', cause: 'undecodable', accepted };
  if (accepted.length > 0) return { kind: 'card', codes: accepted, spare };
  if (qr.cardLike) return { kind: 'unreadable', cause: 'card-like', accepted };
  if (foreign.length > 0) return { kind: 'foreign', reasons: foreign };
  return { kind: 'plain' };
}

/** Whether a frame ends the current subject (it is a card, readable or not). */
export function isCardFrame(frame: Frame): boolean {
  return frame.kind === 'card' || frame.kind === 'rejected' || frame.kind === 'unreadable';
}

function rejectionOf(code: string, status: Exclude<CodeStatus, { kind: 'subject' } | { kind: 'new-spare' }>): RejectedCode {
  switch (status.kind) {
    case 'unknown':
      return { code, reason: 'unknown-code', job: null };
    case 'other-job':
      return { code, reason: 'other-job-code', job: status.job };
    case 'retired':
      return { code, reason: 'retired-code', job: status.job };
  }
}
