import type { ReviewReason } from '../../../shared/domain.js';

/** What the sorter must do with one file of a generated shoot. */
export type Expected =
  | { kind: 'card'; codes: string[] }
  | { kind: 'photo'; codes: string[] }
  | { kind: 'unassigned' }
  | { kind: 'review'; reason: ReviewReason; alsoIn?: string[] }
  | { kind: 'error' }
  | { kind: 'companion' }
  /** `stray`: a copy no camera stream places (a backup folder); it, never the original, is the one reported. */
  | { kind: 'duplicate'; of: string; stray?: true };

export interface ManifestFile {
  /** Relative to the shoot root, '/'-separated. */
  path: string;
  expected: Expected;
  /** The frame shows a card (readable or not): it must never be visible to a customer. */
  card?: true;
  /** Which trap produced or altered this file, to explain a mismatch. */
  trap?: string;
  /**
   * The codes of the pupil(s) this frame shows (its card or their photos), whatever the sorter is
   * expected to do with it: what a photographer fixing a held photo would give it to.
   */
  shows?: string[];
  camera?: string;
  /** EXIF DateTimeOriginal as written (camera clock), when there is one. */
  takenAt?: string;
}

export interface ManifestSubject {
  code: string;
  firstName: string;
  lastName: string;
  group: string;
  /** False for the subject of the unknown-code trap: left out of the names list. */
  inNamesList: boolean;
}

export interface ManifestCamera {
  id: string;
  folder: string;
  make: string;
  model: string;
  serial: string;
  clockOffsetSeconds: number;
}

export interface ShootManifest {
  name: string;
  /** Absolute path of the shoot root. */
  root: string;
  seed: number;
  specHash: string;
  width: number;
  height: number;
  cameras: ManifestCamera[];
  subjects: ManifestSubject[];
  files: ManifestFile[];
  /** chmod 000 folders; `unreadable` is false when running as root, where the mode blocks nothing. */
  lockedDirs: { path: string; unreadable: boolean }[];
}
