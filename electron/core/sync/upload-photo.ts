import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { Upload, type DetailedError } from 'tus-js-client';
import { nowIso, type Db } from '../db/open-db.js';
import type { SendOutcome } from './shop-client.js';
import type { PhotoBytes } from './shop-writes.js';

/** Where the shop's tus endpoint is (server/src/tus-uploads.ts). */
const UPLOADS_PATH = '/files';
/** Sent in pieces of this size: a dropped connection loses at most one, and memory stays flat. */
export const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Sends a photo's bytes to the shop over tus, resumable: the upload's address is kept in the store
 * as soon as the shop gives it, so after a dropped connection, a crash or a restart the next try
 * asks the shop how much arrived and sends only the rest. The original is only read.
 */
export async function uploadPhoto(db: Db, baseUrl: string, token: string, bytes: PhotoBytes, signal?: AbortSignal): Promise<SendOutcome> {
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
      onSuccess: () => resolve({ ok: true, body: null }),
      onError: (error) => resolve(failure(error as DetailedError, bytes)),
    });
    signal?.addEventListener('abort', () => {
      void upload.abort().then(() => resolve({ ok: false, retry: true, why: 'the upload was paused' }));
    }, { once: true });
    upload.start();
  });
  if (outcome.ok) db.prepare('DELETE FROM sync_uploads WHERE photo_id = ?').run(bytes.photoId);
  return outcome;
}

function failure(error: DetailedError, bytes: PhotoBytes): SendOutcome {
  const status = error.originalResponse?.getStatus();
  if (status === undefined || status === 0 || status >= 500 || status === 429 || status === 408) {
    return { ok: false, retry: true, why: `the upload of ${bytes.file} stopped (${error.message})` };
  }
  return { ok: false, retry: false, why: `the shop refused the bytes of ${bytes.file} (${status}): ${error.originalResponse?.getBody() ?? error.message}` };
}
