import type { PhotoBody } from '../../api-schemas.js';
import { notFound } from '../../refusal.js';
import type { AlbumView, BytesRecorded, Outcome, PhotoView } from '../repository.js';
import { bytesVerdict, checkRedeclare, unknownSubject, type StoredPhoto } from '../rules/photo-rules.js';
import { liveJob } from './jobs.js';
import type { Db } from './open.js';

interface PhotoRow {
  id: number;
  client_id: string;
  sha256: string;
  size: number;
  file_name: string;
  album: string;
  kind: PhotoView['kind'];
  hidden: 0 | 1;
  blob_key: string | null;
  subjects: string | null;
}

// Links come back as one JSON array per photo, so a listing is one query however many photos.
const SELECT_VIEW = `SELECT photos.*, albums.name AS album,
    (SELECT json_group_array(subjects.client_id) FROM photo_subjects JOIN subjects ON subjects.id = photo_subjects.subject_id
      WHERE photo_subjects.photo_id = photos.id) AS subjects
  FROM photos JOIN albums ON albums.id = photos.album_id`;

const viewOf = (row: PhotoRow): PhotoView => ({
  id: row.client_id,
  sha256: row.sha256,
  size: row.size,
  fileName: row.file_name,
  album: row.album,
  kind: row.kind,
  hidden: row.hidden === 1,
  subjects: (JSON.parse(row.subjects ?? '[]') as string[]).sort(),
  bytesPresent: row.blob_key !== null,
});

const storedOf = (row: PhotoRow): StoredPhoto => ({ sha256: row.sha256, size: row.size, blobKey: row.blob_key });

function findPhoto(db: Db, jobId: number, photoId: string): PhotoRow | undefined {
  return db.prepare(`${SELECT_VIEW} WHERE photos.job_id = ? AND photos.client_id = ?`).get(jobId, photoId) as PhotoRow | undefined;
}

export function photoViews(db: Db, accountId: number, jobId: string): PhotoView[] {
  const job = liveJob(db, accountId, jobId);
  return (db.prepare(`${SELECT_VIEW} WHERE photos.job_id = ? ORDER BY photos.id`).all(job.id) as PhotoRow[]).map(viewOf);
}

export function photoView(db: Db, accountId: number, jobId: string, photoId: string): PhotoView {
  const row = findPhoto(db, liveJob(db, accountId, jobId).id, photoId);
  if (!row) throw notFound(`photo ${photoId} of job ${jobId}`);
  return viewOf(row);
}

export function albumViews(db: Db, accountId: number, jobId: string): AlbumView[] {
  const job = liveJob(db, accountId, jobId);
  return db
    .prepare('SELECT albums.name, count(photos.id) AS photos FROM albums LEFT JOIN photos ON photos.album_id = albums.id WHERE albums.job_id = ? GROUP BY albums.id ORDER BY albums.name')
    .all(job.id) as AlbumView[];
}

function albumId(db: Db, jobId: number, name: string): number {
  db.prepare('INSERT INTO albums (job_id, name) VALUES (?, ?) ON CONFLICT (job_id, name) DO NOTHING').run(jobId, name);
  return (db.prepare('SELECT id FROM albums WHERE job_id = ? AND name = ?').get(jobId, name) as { id: number }).id;
}

/** Creates or replaces a photo record, its album and its links; bytes that arrived cannot be re-declared. */
export function putPhoto(db: Db, accountId: number, jobId: string, photoId: string, photo: PhotoBody): Outcome {
  const job = liveJob(db, accountId, jobId);
  const subjectIds = [...new Set(photo.subjects)].map((subjectId) => {
    const row = db.prepare('SELECT id FROM subjects WHERE job_id = ? AND client_id = ?').get(job.id, subjectId) as { id: number } | undefined;
    if (!row) throw unknownSubject(photoId, subjectId, jobId);
    return row.id;
  });
  const existing = findPhoto(db, job.id, photoId);
  checkRedeclare(photoId, existing && storedOf(existing), photo);
  const album = albumId(db, job.id, photo.album);
  const values = [album, photo.sha256, photo.size, photo.fileName, photo.kind, photo.hidden ? 1 : 0];
  let id = existing?.id;
  if (id === undefined) {
    const inserted = db
      .prepare('INSERT INTO photos (album_id, sha256, size, file_name, kind, hidden, job_id, client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(...values, job.id, photoId);
    id = Number(inserted.lastInsertRowid);
  } else {
    db.prepare('UPDATE photos SET album_id = ?, sha256 = ?, size = ?, file_name = ?, kind = ?, hidden = ? WHERE id = ?').run(...values, id);
    db.prepare('DELETE FROM photo_subjects WHERE photo_id = ?').run(id);
  }
  const link = db.prepare('INSERT INTO photo_subjects (photo_id, subject_id) VALUES (?, ?)');
  for (const subjectId of subjectIds) link.run(id, subjectId);
  return { status: existing ? 200 : 201, body: photoView(db, accountId, jobId, photoId) };
}

export function recordBytes(db: Db, accountId: number, jobId: string, photoId: string, bytes: { blobKey: string; sha256: string }): BytesRecorded {
  const job = db.prepare('SELECT id FROM jobs WHERE account_id = ? AND client_id = ? AND deleted_at IS NULL').get(accountId, jobId) as { id: number } | undefined;
  const photo = job && findPhoto(db, job.id, photoId);
  const verdict = bytesVerdict(photo && storedOf(photo), bytes.sha256);
  if (verdict === 'recorded') db.prepare('UPDATE photos SET blob_key = ? WHERE id = ?').run(bytes.blobKey, photo!.id);
  return verdict;
}

export function blobsOfJob(db: Db, accountId: number, jobId: string): string[] {
  const rows = db
    .prepare('SELECT photos.blob_key FROM photos JOIN jobs ON jobs.id = photos.job_id WHERE jobs.account_id = ? AND jobs.client_id = ? AND photos.blob_key IS NOT NULL')
    .all(accountId, jobId) as { blob_key: string }[];
  return rows.map((row) => row.blob_key);
}
