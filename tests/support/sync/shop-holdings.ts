import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createCore } from '../../../electron/core/app/create-core.js';
import { apiClient } from '../../server/support/api.js';
import { JOB } from './selling-job.js';

/** One job as the shop should hold it, or as it does: comparable with `toEqual`. */
export interface Holdings {
  subjects: { id: string; code: string; activated: boolean }[];
  /** Every photo record; `bytes` is the SHA-256 of the bytes kept for it, null when none. */
  photos: { id: string; subjects: string[]; bytes: string | null }[];
  /** Per code: what a parent sees, and the SHA-256 of every photo served (sorted). */
  galleries: { code: string; state: string; photos: string[] }[];
  /** Finished uploads no photo record keeps: a photo stored twice. */
  strayUploads: string[];
}

const sha256File = async (file: string): Promise<string> => {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
};
const sha256Bytes = (bytes: ArrayBuffer): string => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');
const byKey = <T>(key: (item: T) => string) => (a: T, b: T): number => key(a).localeCompare(key(b));

/**
 * What the desktop's store says the shop must hold for the job: its subjects with their codes and
 * activation as they are now, a record for every photo in `photoIds` (the ones the sync was given to
 * send) with the hash of the original file as read now for those a parent sees, and each gallery as
 * the pre-flight predicts it.
 */
export async function expectedHoldings(dbPath: string, cacheDir: string, photoIds: readonly number[]): Promise<Holdings> {
  const core = createCore({ dbPath, cacheDir, emit: () => undefined });
  try {
    const db = new Database(dbPath, { readonly: true });
    const subjects = db
      .prepare(`SELECT s.id, c.code, c.activated_at IS NOT NULL AS activated FROM subjects s JOIN jobs j ON j.id = s.job_id JOIN access_codes c ON c.subject_id = s.id WHERE j.name = ?`)
      .all(JOB) as { id: number; code: string; activated: 0 | 1 }[];
    const files = db.prepare('SELECT id, root, rel_path AS relPath FROM photos').all() as { id: number; root: string; relPath: string }[];
    const links = db.prepare('SELECT photo_id AS photoId, subject_id AS subjectId FROM photo_subjects').all() as { photoId: number; subjectId: number }[];
    db.close();
    const report = await core.handlers['galleries.get']({ job: JOB });
    const preflight = await core.handlers['preflight.get']({ job: JOB });
    const shown = new Set(report.galleries.flatMap((gallery) => gallery.photos));
    const photos = await Promise.all(
      photoIds.map(async (id) => {
        const file = files.find((row) => row.id === id);
        if (!file) throw new Error(`photo ${id} is not in ${dbPath}`);
        return {
          id: String(id),
          subjects: links.filter((link) => link.photoId === id).map((link) => String(link.subjectId)).sort(),
          bytes: shown.has(file.relPath) ? await sha256File(join(file.root, file.relPath)) : null,
        };
      }),
    );
    const root = files[0]?.root ?? '';
    const galleries = await Promise.all(
      preflight.entries.map(async (entry) => ({
        code: entry.code,
        state: entry.state,
        photos: entry.state === 'gallery' ? (await Promise.all((report.galleries.find((g) => g.code === entry.code)?.photos ?? []).map((name) => sha256File(join(root, name))))).sort() : [],
      })),
    );
    return {
      subjects: subjects.map((s) => ({ id: String(s.id), code: s.code, activated: s.activated === 1 })).sort(byKey((s) => s.id)),
      photos: photos.sort(byKey((p) => p.id)),
      galleries: galleries.sort(byKey((g) => g.code)),
      strayUploads: [],
    };
  } finally {
    await core.close();
  }
}

/**
 * What the shop at `url` holds for the job: through its API (records, subjects, the customer side's
 * answers and served bytes) and on its disk (the bytes kept per record, and finished uploads kept for
 * no record).
 */
export async function shopHoldings(url: string, token: string, dataDir: string, jobSyncId: string, codes: readonly string[]): Promise<Holdings> {
  const api = apiClient(url, token);
  const subjects = ((await api.get(`/api/jobs/${jobSyncId}/subjects`)).body as { subjects: { id: string; code: string; activated: boolean }[] }).subjects;
  const records = ((await api.get(`/api/jobs/${jobSyncId}/photos`)).body as { photos: { id: string; subjects: string[] }[] }).photos;
  const db = new Database(join(dataDir, 'shootdesk-server.sqlite'), { readonly: true });
  const keys = db
    .prepare('SELECT p.client_id AS id, p.blob_key AS blobKey FROM photos p JOIN jobs j ON j.id = p.job_id WHERE j.client_id = ?')
    .all(jobSyncId) as { id: string; blobKey: string | null }[];
  db.close();
  const uploads = join(dataDir, 'uploads');
  const photos = await Promise.all(
    records.map(async (record) => {
      const key = keys.find((row) => row.id === record.id)?.blobKey ?? null;
      return { id: record.id, subjects: [...record.subjects].sort(), bytes: key === null ? null : await sha256File(join(uploads, key)) };
    }),
  );
  const galleries = await Promise.all(
    codes.map(async (code) => {
      const answer = (await (await fetch(new URL(`/api/gallery/${code}`, url))).json()) as { state: string; photos: { url: string }[] };
      const served = await Promise.all(answer.photos.map(async (photo) => sha256Bytes(await (await fetch(new URL(photo.url, url))).arrayBuffer())));
      return { code, state: answer.state, photos: served.sort() };
    }),
  );
  const kept = new Set(keys.map((row) => row.blobKey));
  return {
    subjects: subjects.map(({ id, code, activated }) => ({ id, code, activated })).sort(byKey((s) => s.id)),
    photos: photos.sort(byKey((p) => p.id)),
    galleries: galleries.sort(byKey((g) => g.code)),
    strayUploads: finishedUploads(uploads).filter((key) => !kept.has(key)),
  };
}

/** Uploads in tus's file store whose file has every byte its record declared. */
function finishedUploads(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !name.endsWith('.json') && existsSync(join(folder, `${name}.json`)))
    .filter((name) => {
      const { size } = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as { size?: number };
      return size !== undefined && statSync(join(folder, name)).size >= size;
    });
}

/** Bytes in tus's file store, finished or not: what reached the shop's disk. */
export function storedUploadBytes(dataDir: string): number {
  const folder = join(dataDir, 'uploads');
  return readdirSync(folder)
    .filter((name) => !name.endsWith('.json'))
    .reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}
