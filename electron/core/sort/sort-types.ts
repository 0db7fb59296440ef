import type { ReviewReason } from '../../../shared/domain.js';
import type { QrDetection } from '../qr/qr-types.js';

export interface SortPhoto {
  id: number;
  /** Path relative to the folder being sorted (a job's other folders start with ../), '/'-separated: gives the folder and the file-name counter. */
  path: string;
  /** Body serial, else make+model with the card folder, else source folder (see camera-key.ts). */
  cameraKey: string;
  /** DateTimeOriginal + SubSecTimeOriginal as milliseconds on the camera's own (naive, local) clock; null when missing. */
  capturedAt: number | null;
  qr: QrDetection;
  /** Id of the earlier photo with the same content hash, or null. */
  duplicateOf: number | null;
  /** Codes this photo is already linked to by the photographer (manual or bulk): never overwritten. */
  manualCodes: string[];
  /**
   * Hidden by the photographer: decided, so never listed or counted in a review group, but still in
   * its place in the stream (a hidden card frame still ends a subject).
   */
  hiddenByHand?: true;
  /** Kept in no gallery by the photographer: linked to no one, held nowhere, still in its place in the stream. */
  keptUnassigned?: true;
  /** Only on a camera frame that could not be read (see SplitOptions.unreadable): why. */
  failure?: string;
  /**
   * Set on a photo without camera data that joined its folder's camera (join-camera-folder.ts): its
   * name is a camera counter only if it kept the one the camera gave it, so it places nothing alone.
   */
  joinedFolderCamera?: true;
}

/** A file of the job that could not be read (truncated, corrupt): it may have been a card. */
export interface UnreadableFile {
  id: number;
  path: string;
  message: string;
}

/** What the job's code tables say about a candidate code (already normalised to upper case). */
export type CodeStatus =
  | { kind: 'subject' }
  | { kind: 'unknown' }
  | { kind: 'other-job'; job: string }
  | { kind: 'retired'; job: string }
  /** No names list: a valid new code creates a spare subject. */
  | { kind: 'new-spare' }
  /** Code-shaped, but in no format this job's codes come in, and no code anywhere: a word on a poster. */
  | { kind: 'not-a-code'; why: string };

export interface SplitLink {
  photoId: number;
  code: string;
}

export interface SplitReview {
  reason: ReviewReason;
  photoIds: number[];
  message: string;
}

/**
 * Every photo has exactly one place: in `cards`, in `links` (one entry per code for siblings), in
 * `unassigned`, in `manual`, or held in exactly one `review` group and nowhere else. A photo is in
 * at most one review group; only `foreign-qr` and `no-capture-time` groups may also list photos that
 * are placed elsewhere (as a notice), every other group holds its photos out of all galleries.
 */
export interface SplitResult {
  /** Card photos with the code(s) they open. */
  cards: SplitLink[];
  /**
   * Every frame that shows a card (kind = card, hidden), wherever it ends up: the accepted cards, and
   * held frames with an unreadable, rejected or background card in them. Manual photos are left out.
   */
  cardFrames: number[];
  /** Non-card photos linked to a subject by the cards. */
  links: SplitLink[];
  /** Per code, the first photo linked after its card (the gallery's cover), in order of first appearance. */
  indexPhotos: SplitLink[];
  review: SplitReview[];
  /** Photos before the first card of their camera, in stream order. */
  unassigned: number[];
  /** Photos with manual or bulk links: left as they are. */
  manual: number[];
  /** Codes that need a new spare subject, in order of first appearance. */
  newSpareCodes: string[];
}

export interface SplitOptions {
  /**
   * The gap rule's ceiling, in ms: a non-card photo taken longer than this after the previous photo of
   * its camera is held as a suspected missed card. Each camera may lower it from its own rhythm (see
   * gap-rhythm.ts). Default 15 s.
   */
  suspiciousGapMs?: number;
  /** The gap rule's floor, in ms: the derived threshold never goes below it (Infinity turns the rule off). Default 10 s. */
  minSuspiciousGapMs?: number;
  /**
   * Files of the job that could not be read. A camera frame among them may have been a card, so it
   * holds the photos after it in the streams of its folder; it is placed by its file name.
   */
  unreadable?: readonly UnreadableFile[];
}
