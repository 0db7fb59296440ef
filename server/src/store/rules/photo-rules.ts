import { Refusal } from '../../refusal.js';
import type { BytesRecorded } from '../repository.js';

/** What the rules need of a stored photo record. */
export interface StoredPhoto {
  sha256: string;
  size: number;
  blobKey: string | null;
}

/** Bytes that arrived cannot be re-declared: before they arrive, hash and size may change freely. */
export function checkRedeclare(photoId: string, stored: StoredPhoto | undefined, declared: { sha256: string; size: number }): void {
  if (stored?.blobKey && (stored.sha256 !== declared.sha256 || stored.size !== declared.size)) {
    throw new Refusal(409, 'bytes-differ', `photo ${photoId} already has its bytes, with another hash or size`);
  }
}

/** What becomes of verified bytes for the record as it is now: only a record still waiting for exactly them takes them. */
export function bytesVerdict(stored: StoredPhoto | undefined, sha256: string): BytesRecorded {
  if (!stored) return 'photo-gone';
  if (stored.blobKey) return 'already-present';
  if (stored.sha256 !== sha256) return 'record-differs';
  return 'recorded';
}

export const unknownSubject = (photoId: string, subjectId: string, jobId: string): Refusal =>
  new Refusal(422, 'unknown-subject', `photo ${photoId} links subject ${subjectId}, which job ${jobId} does not have`);
