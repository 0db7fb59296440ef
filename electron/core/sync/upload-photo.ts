import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { Upload, type DetailedError } from 'tus-js-client';
import { nowIso, type Db } from '../db/open-db.js';
import type { SendOutcome } from './shop-client.js';
import type { PhotoBytes } from './shop-writes.js';

/** Where the shop's tus endpoint is (server/src/tus-uploads.ts). */
const UPLOADS_PATH = '/files';
/**
 * Sent in pieces of this size: a dropped connection loses at most one, and memory stays flat.
 * SHOOTDESK_UPLOAD_CHUNK_BYTES sets another (the fault tests use small ones, for more places to resume).
 */
export const UPLOAD_CHUNK_BYTES = chunkBytes(process.env.SHOOTDESK_UPLOAD_CHUNK_BYTES);
/**
 * An upload that moves no byte and hears no answer for this long is on a connection that went
 * silent (venue Wi-Fi gone without a reset): it is dropped and tried again, from where the shop has
 * it. Long enough for the shop to hash the last piece of a large photo. SHOOTDESK_UPLOAD_STALL_MS sets another.
 */
const STALL_MS = stallMs(process.env.SHOOTDESK_UPLOAD_STALL_MS);

/**
 * Sends a photo's bytes to the shop over tus, resumable: the upload's address is kept in the store
 * as soon as the shop gives it, so after a dropped connection, a crash or a restart the next try
 * asks the shop how much arrived and sends only the rest. The original is only read.
 */
export async function uploadPhoto(
  db: Db,
  baseUrl: string,
  token: string,
  bytes: PhotoBytes,
  signal?: AbortSignal,
  onBytes?: (sent: number) => void,
): Promise<SendOutcome> {
  try {
    await access(bytes.file);
  } catch {
    return { ok: false, retry: false, why: `${bytes.file} is gone: put the original back (or reconnect its card) to send it` };
  }
  const stored = db.prepare('SELECT url FROM sync_uploads WHERE photo_id = ? AND sha256 = ?').pluck().get(bytes.photoId, bytes.sha256) as string | undefined;
  const remember = db.prepare(
    `INSERT INTO sync_uploads (photo_id, sha256, url, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (photo_id) DO UPDATE SET sha256 = excluded.sha256, url = excluded.url, created_at = excluded.created_at`,
  );
  // tus reports where it stands in the file (first the offset it resumes at): what moved is the step between two reports.
  let reported: number | null = null;
  let lastMoved = Date.now();
  let watchdog: NodeJS.Timeout | undefined;
  const outcome = await new Promise<SendOutcome>((resolve) => {
    const upload = new Upload(createReadStream(bytes.file), {
      endpoint: new URL(UPLOADS_PATH, baseUrl).href,
      uploadUrl: stored ?? null,
      uploadSize: bytes.size,
      chunkSize: UPLOAD_CHUNK_BYTES,
      headers: { authorization: `Bearer ${token}` },
      metadata: { jobId: bytes.jobSyncId, photoId: String(bytes.photoId), sha256: bytes.sha256 },
      // The outbox retries, with its backoff, across restarts: tus-js-client's own retries would not survive one.
      retryDelays: [],
      storeFingerprintForResuming: false,
      onUploadUrlAvailable: () => {
        if (upload.url) remember.run(bytes.photoId, bytes.sha256, upload.url, nowIso());
      },
      onProgress: (sent) => {
        lastMoved = Date.now();
        if (reported !== null && sent > reported) onBytes?.(sent - reported);
        reported = sent;
      },
      onChunkComplete: () => {
        lastMoved = Date.now();
      },
      onSuccess: () => resolve({ ok: true, body: null }),
      onError: (error) => {
        const resuming = upload.url !== null;
        // The next try creates a new upload instead of asking again for the one the shop let go.
        if (resuming && isGone(error as DetailedError)) db.prepare('DELETE FROM sync_uploads WHERE photo_id = ?').run(bytes.photoId);
        resolve(failure(error as DetailedError, bytes, resuming));
      },
    });
    signal?.addEventListener('abort', () => {
      void upload.abort().then(() => resolve({ ok: false, retry: true, why: 'the upload was paused' }));
    }, { once: true });
    watchdog = setInterval(() => {
      if (Date.now() - lastMoved < STALL_MS) return;
      clearInterval(watchdog);
      const why = `the upload of ${bytes.file} moved nothing for ${Math.round(STALL_MS / 1000)} s (a connection gone silent): it goes on from where the shop has it`;
      void upload.abort().then(() => resolve({ ok: false, retry: true, why }));
    }, Math.min(STALL_MS / 4, 5000));
    upload.start();
  }).finally(() => clearInterval(watchdog));
  if (outcome.ok) db.prepare('DELETE FROM sync_uploads WHERE photo_id = ?').run(bytes.photoId);
  return outcome;
}

/** The shop deleted an unfinished upload it kept too long (server/src/store/files.ts): nothing is wrong with the photo. */
const isGone = (error: DetailedError): boolean => [404, 410].includes(error.originalResponse?.getStatus() ?? 0);

function failure(error: DetailedError, bytes: PhotoBytes, resuming: boolean): SendOutcome {
  const status = error.originalResponse?.getStatus();
  if (status === undefined || status === 0 || status >= 500 || status === 429 || status === 408) {
    return { ok: false, retry: true, why: `the upload of ${bytes.file} stopped (${error.message})` };
  }
  if (resuming && isGone(error)) return { ok: false, retry: true, why: `the shop had let go of the unfinished upload of ${bytes.file}: it is sent again from the start` };
  return { ok: false, retry: false, why: `the shop refused the bytes of ${bytes.file} (${status}): ${error.originalResponse?.getBody() ?? error.message}` };
}

function stallMs(setting: string | undefined): number {
  if (setting === undefined || setting === '') return 60_000;
  const ms = Number(setting);
  if (!Number.isSafeInteger(ms) || ms < 100) throw new Error(`SHOOTDESK_UPLOAD_STALL_MS is ${setting}: give a whole number of milliseconds, at least 100`);
  return ms;
}

/** 8 MiB unless set: a few seconds of venue Wi-Fi, so a drop costs little and requests stay few. */
function chunkBytes(setting: string | undefined): number {
  if (setting === undefined || setting === '') return 8 * 1024 * 1024;
  const bytes = Number(setting);
  if (!Number.isSafeInteger(bytes) || bytes < 64 * 1024) throw new Error(`SHOOTDESK_UPLOAD_CHUNK_BYTES is ${setting}: give a whole number of bytes, at least 65536`);
  return bytes;
}
