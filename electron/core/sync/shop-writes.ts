import { basename, join } from 'node:path';
import type { Db } from '../db/open-db.js';

/** One thing the shop must learn, as the outbox marks it. */
export interface OutboxMark {
  seq: number;
  kind: 'job' | 'job-deleted' | 'subject' | 'photo';
  entityId: number;
  jobSyncId: string | null;
  opId: string;
  attempts: number;
}

/** One request of the shop's API (server/API.md) that brings it up to date. */
export type ShopWrite = { method: 'PUT'; path: string; body: Record<string, unknown> } | { method: 'DELETE'; path: string };

/** A photo the shop needs the bytes of: where they are here, and what the shop was told of them. */
export interface PhotoBytes {
  photoId: number;
  jobSyncId: string;
  file: string;
  sha256: string;
  size: number;
}

export interface ShopState {
  writes: ShopWrite[];
  /** For a photo in a gallery: its bytes, uploaded once the record is there. */
  bytes: PhotoBytes | null;
}

/** The album of a photo in no gallery: the shop keeps the record, no parent sees it. */
export const NO_GALLERY_ALBUM = 'Not in a gallery';
/** The album of pupils the names list gives no class. */
export const NO_CLASS_ALBUM = 'No class';

const seg = encodeURIComponent;

/**
 * What the shop must be sent for a mark: the thing's state as it is now (one pending mark per thing
 * is enough, whatever changed how often). Null when the thing is gone here (a photo of a job deleted
 * since): its job's deletion tells the shop.
 */
export function shopState(db: Db, mark: OutboxMark): ShopState | null {
  switch (mark.kind) {
    case 'job-deleted':
      return mark.jobSyncId === null ? null : { writes: [{ method: 'DELETE', path: `/api/jobs/${seg(mark.jobSyncId)}` }], bytes: null };
    case 'job': {
      const job = db.prepare('SELECT sync_id AS syncId, name, status FROM jobs WHERE id = ?').get(mark.entityId) as { syncId: string; name: string; status: string } | undefined;
      return job ? { writes: [{ method: 'PUT', path: `/api/jobs/${seg(job.syncId)}`, body: { name: job.name, status: job.status } }], bytes: null } : null;
    }
    case 'subject':
      return subjectState(db, mark.entityId);
    case 'photo':
      return photoState(db, mark.entityId);
  }
}

function subjectState(db: Db, subjectId: number): ShopState | null {
  const row = db
    .prepare(
      `SELECT j.sync_id AS jobSyncId, s.first_name AS firstName, s.last_name AS lastName, s.group_name AS "group", c.code, c.activated_at AS activatedAt
       FROM subjects s JOIN jobs j ON j.id = s.job_id JOIN access_codes c ON c.subject_id = s.id WHERE s.id = ?`,
    )
    .get(subjectId) as { jobSyncId: string; firstName: string; lastName: string; group: string; code: string; activatedAt: string | null } | undefined;
  if (!row) return null;
  const job = `/api/jobs/${seg(row.jobSyncId)}`;
  return {
    writes: [
      { method: 'PUT', path: `${job}/subjects/${subjectId}`, body: { firstName: row.firstName, lastName: row.lastName, group: row.group, code: row.code } },
      { method: 'PUT', path: `${job}/activations/${seg(row.code)}`, body: { activated: row.activatedAt !== null } },
    ],
    bytes: null,
  };
}

function photoState(db: Db, photoId: number): ShopState | null {
  const photo = db
    .prepare(
      `SELECT j.sync_id AS jobSyncId, p.root, p.rel_path AS relPath, p.sha256, p.size, p.kind, p.hidden
       FROM photos p JOIN jobs j ON j.id = p.job_id WHERE p.id = ? AND p.sha256 IS NOT NULL AND p.error IS NULL`,
    )
    .get(photoId) as { jobSyncId: string; root: string; relPath: string; sha256: string; size: number; kind: 'photo' | 'card'; hidden: 0 | 1 } | undefined;
  if (!photo) return null;
  const subjects = db
    .prepare('SELECT s.id, s.group_name AS "group" FROM photo_subjects ps JOIN subjects s ON s.id = ps.subject_id WHERE ps.photo_id = ? ORDER BY s.id')
    .all(photoId) as { id: number; group: string }[];
  const [first] = subjects;
  const album = first === undefined ? NO_GALLERY_ALBUM : first.group || NO_CLASS_ALBUM;
  const body = {
    sha256: photo.sha256,
    size: photo.size,
    fileName: basename(photo.relPath),
    album,
    kind: photo.kind,
    hidden: photo.hidden === 1,
    subjects: subjects.map((subject) => String(subject.id)),
  };
  // Bytes only of what a parent may see: a card frame, a hidden photo or one in no gallery stays here.
  const shown = photo.kind === 'photo' && photo.hidden === 0 && subjects.length > 0;
  return {
    writes: [{ method: 'PUT', path: `/api/jobs/${seg(photo.jobSyncId)}/photos/${photoId}`, body }],
    bytes: shown ? { photoId, jobSyncId: photo.jobSyncId, file: join(photo.root, photo.relPath), sha256: photo.sha256, size: photo.size } : null,
  };
}
