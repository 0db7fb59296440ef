import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhotoBody } from '../../../server/src/api-schemas.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

export interface ShootPhoto {
  /** The file's path in the shoot, as the photo record's file name. */
  path: string;
  bytes: Buffer;
  sha256: string;
  /** The codes of the subjects the sorter gives it. */
  codes: string[];
  card: boolean;
}

/** The photos and cards of a generated shoot, with their bytes and hashes. */
export function photosOf(manifest: ShootManifest): ShootPhoto[] {
  return manifest.files.flatMap((file) => {
    if (file.expected.kind !== 'photo' && file.expected.kind !== 'card') return [];
    const bytes = readFileSync(join(manifest.root, file.path));
    return [{ path: file.path, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), codes: file.expected.codes, card: file.expected.kind === 'card' }];
  });
}

/** A photo record for the file: visible and a photo unless told otherwise. */
export function recordOf(photo: ShootPhoto, overrides: Partial<PhotoBody> = {}): PhotoBody {
  return {
    sha256: photo.sha256,
    size: photo.bytes.length,
    fileName: photo.path,
    album: 'Class 1A',
    kind: photo.card ? 'card' : 'photo',
    hidden: photo.card,
    subjects: [],
    ...overrides,
  };
}
