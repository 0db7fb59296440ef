import type { ReviewReason } from '../../../shared/domain.js';
import type { QrDetection } from '../qr/qr-types.js';

export interface SortPhoto {
  id: number;
  /** Path relative to the scan root, '/'-separated: gives the folder and the file-name counter. */
  path: string;
  /** Body serial, else make+model, else source folder (see camera-key.ts). */
  cameraKey: string;
  /** DateTimeOriginal + SubSecTimeOriginal as milliseconds on the camera's own (naive, local) clock; null when missing. */
  capturedAt: number | null;
  qr: QrDetection;
  /** Id of the earlier photo with the same content hash, or null. */
  duplicateOf: number | null;
  /** Codes this photo is already linked to by the photographer (manual or bulk): never overwritten. */
  manualCodes: string[];
}

/** What the job's code tables say about a candidate code (already normalised to upper case). */
export type CodeStatus =
  | { kind: 'subject' }
  | { kind: 'unknown' }
  | { kind: 'other-job'; job: string }
  | { kind: 'retired'; job: string }
  /** No names list: a valid new code creates a spare subject. */
  | { kind: 'new-spare' };

export interface SplitLink {
  photoId: number;
  code: string;
}

export interface SplitReview {
  reason: ReviewReason;
  photoIds: number[];
  message: string;
}

export interface SplitResult {
  /** Card photos (kind = card, hidden) with the code(s) they open. */
  cards: SplitLink[];
  /** Non-card photos linked to a subject by the cards. */
  links: SplitLink[];
  review: SplitReview[];
  /** Photos before the first card of their camera, in stream order. */
  unassigned: number[];
  /** Codes that need a new spare subject, in order of first appearance. */
  newSpareCodes: string[];
}
