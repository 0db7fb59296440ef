import type { PhotoBody } from '../../api-schemas.js';
import { notFound } from '../../refusal.js';
import type { AlbumView, BytesRecorded, Outcome, PhotoView } from '../repository.js';
import { bytesVerdict, checkRedeclare, unknownSubject, type StoredPhoto } from '../rules/photo-rules.js';
import { liveJob } from './jobs.js';
import { all, one, type Sql } from './pool.js';

interface PhotoRow {
  id: number;
  client_id: string;
  sha256: string;
  size: number;
  file_name: string;
  album: string;
  kind: PhotoView['kind'];
  hidden: boolean;
  blob_key: string | null;
  subjects: string[];
}

// Links come back as one array per photo, so a listing is one query however many photos.
const SELECT_VIEW = `SELECT photos.*, albums.name AS album,
    ARRAY(SELECT subjects.client_id FROM photo_subjects JOIN subjects ON subjects.id = photo_subjects.subject_id
      WHERE photo_subjects.photo_id = photos.id) AS subjects
  FROM photos JOIN albums ON albums.id = photos.album_id`;

const viewOf = (row: PhotoRow): PhotoView => ({
  id: row.client_id,
  sha256: row.sha256,
  size: row.size,
  fileName: row.file_name,
  album: row.album,
  kind: row.kind,
  hidden: row.hidden,
  subjects: [...row.subjects].sort(),
  bytesPresent: row.blob_key !== null,
});

const storedOf = (row: PhotoRow): StoredPhoto => ({ sha256: row.sha256, size: row.size, blobKey: row.blob_key });

const findPhoto = (sql: Sql, jobId: number, photoId: string) =>
  one<PhotoRow>(sql, `${SELECT_VIEW} WHERE photos.job_id = $1 AND photos.client_id = $2`, [jobId, photoId]);

export async function photoViews(sql: Sql, accountId: number, jobId: string): Promise<PhotoView[]> {
  const job = await liveJob(sql, accountId, jobId);
  return (await all<PhotoRow>(sql, `${SELECT_VIEW} WHERE photos.job_id = $1 ORDER BY photos.id`, [job.id])).map(viewOf);
}

export async function photoView(sql: Sql, accountId: number, jobId: string, photoId: string): Promise<PhotoView> {
  const row = await findPhoto(sql, (await liveJob(sql, accountId, jobId)).id, photoId);
  if (!row) throw notFound(`photo ${photoId} of job ${jobId}`);
  return viewOf(row);
}

export async function albumViews(sql: Sql, accountId: number, jobId: string): Promise<AlbumView[]> {
  const job = await liveJob(sql, accountId, jobId);
  return all<AlbumView>(
    sql,
    'SELECT albums.name, count(photos.id)::int AS photos FROM albums LEFT JOIN photos ON photos.album_id = albums.id WHERE albums.job_id = $1 GROUP BY albums.id ORDER BY albums.name COLLATE "C"',
    [job.id],
  );
}

async function albumId(sql: Sql, jobId: number, name: string): Promise<number> {
  await sql.query('INSERT INTO albums (job_id, name) VALUES ($1, $2) ON CONFLICT (job_id, name) DO NOTHING', [jobId, name]);
  return (await one<{ id: number }>(sql, 'SELECT id FROM albums WHERE job_id = $1 AND name = $2', [jobId, name]))!.id;
}

/** Creates or replaces a photo record, its album and its links; bytes that arrived cannot be re-declared. */
export async function putPhoto(sql: Sql, accountId: number, jobId: string, photoId: string, photo: PhotoBody): Promise<Outcome> {
  const job = await liveJob(sql, accountId, jobId);
  const subjectIds: number[] = [];
  for (const subjectId of new Set(photo.subjects)) {
    const row = await one<{ id: number }>(sql, 'SELECT id FROM subjects WHERE job_id = $1 AND client_id = $2', [job.id, subjectId]);
    if (!row) throw unknownSubject(photoId, subjectId, jobId);
    subjectIds.push(row.id);
  }
  const existing = await findPhoto(sql, job.id, photoId);
  checkRedeclare(photoId, existing && storedOf(existing), photo);
  const values = [await albumId(sql, job.id, photo.album), photo.sha256, photo.size, photo.fileName, photo.kind, photo.hidden];
  let id = existing?.id;
  if (id === undefined) {
    id = (await one<{ id: number }>(
      sql,
      'INSERT INTO photos (album_id, sha256, size, file_name, kind, hidden, job_id, client_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
      [...values, job.id, photoId],
    ))!.id;
  } else {
    await sql.query('UPDATE photos SET album_id = $1, sha256 = $2, size = $3, file_name = $4, kind = $5, hidden = $6 WHERE id = $7', [...values, id]);
    await sql.query('DELETE FROM photo_subjects WHERE photo_id = $1', [id]);
  }
  if (subjectIds.length > 0) {
    await sql.query('INSERT INTO photo_subjects (photo_id, subject_id) SELECT $1, unnest($2::int[])', [id, subjectIds]);
  }
  return { status: existing ? 200 : 201, body: await photoView(sql, accountId, jobId, photoId) };
}

export async function recordBytes(sql: Sql, accountId: number, jobId: string, photoId: string, bytes: { blobKey: string; sha256: string }): Promise<BytesRecorded> {
  const job = await one<{ id: number }>(sql, 'SELECT id FROM jobs WHERE account_id = $1 AND client_id = $2 AND deleted_at IS NULL', [accountId, jobId]);
  const photo = job && (await findPhoto(sql, job.id, photoId));
  const verdict = bytesVerdict(photo && storedOf(photo), bytes.sha256);
  if (verdict === 'recorded') await sql.query('UPDATE photos SET blob_key = $1 WHERE id = $2', [bytes.blobKey, photo!.id]);
  return verdict;
}

export async function blobsOfJob(sql: Sql, accountId: number, jobId: string): Promise<string[]> {
  const rows = await all<{ blob_key: string }>(
    sql,
    'SELECT photos.blob_key FROM photos JOIN jobs ON jobs.id = photos.job_id WHERE jobs.account_id = $1 AND jobs.client_id = $2 AND photos.blob_key IS NOT NULL',
    [accountId, jobId],
  );
  return rows.map((row) => row.blob_key);
}
