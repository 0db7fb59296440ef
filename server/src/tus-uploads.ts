import { Server, type ServerOptions, type Upload } from '@tus/server';
import type { FastifyBaseLogger } from 'fastify';
import { uploadMetadata } from './api-schemas.js';
import { accountOf } from './auth.js';
import { sha256Of } from './hash-blob.js';
import { parseInput } from './parse-input.js';
import { Refusal } from './refusal.js';
import type { Stores } from './store/stores.js';
import { newUploadId } from './upload-id.js';

export const UPLOADS_PATH = '/files';
/** Larger than any camera file; a bound, so a client cannot reserve the disk with one Upload-Length. */
const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

type TusRequest = Parameters<NonNullable<ServerOptions['onUploadCreate']>>[0];

/** The Node request under tus's web request: the one the token check admitted. */
const accountOfUpload = (request: TusRequest) => {
  const node = request.runtime?.node?.req;
  if (!node) throw new Error('tus request without its Node request');
  return accountOf(node);
};

/** tus answers an error thrown by a hook with its `status_code` and `body`. */
function forTus(error: unknown): unknown {
  if (!(error instanceof Refusal)) return error;
  return Object.assign(new Error(error.message), {
    status_code: error.status,
    body: JSON.stringify({ error: { code: error.code, message: error.message } }),
  });
}

const rethrowForTus = (error: unknown): never => {
  throw forTus(error);
};

/**
 * The tus server photos arrive through. An upload names its photo record and declares the bytes'
 * SHA-256 in its metadata; it is accepted only for a record of the account that still lacks its bytes,
 * with the same hash and size. When the last byte arrives the server hashes the file itself: a
 * different hash deletes it and answers 422; a match records the photo's bytes as present.
 */
export function tusUploads({ repository, blobs, locker }: Stores, log: FastifyBaseLogger, { respectForwardedHeaders }: { respectForwardedHeaders: boolean }): Server {
  const metadataOf = (upload: Upload) => parseInput(uploadMetadata, upload.metadata ?? {}, 'Upload-Metadata');

  async function checkCreate(request: TusRequest, upload: Upload): Promise<void> {
    const { jobId, photoId, sha256 } = metadataOf(upload);
    const photo = await repository.photoForUpload(accountOfUpload(request).id, jobId, photoId);
    if (photo.bytesPresent) throw new Refusal(409, 'bytes-present', `photo ${photoId} of job ${jobId} already has its bytes`);
    if (photo.sha256 !== sha256) throw new Refusal(422, 'record-differs', `photo ${photoId}: Upload-Metadata sha256 differs from the photo record's`);
    if (upload.size !== photo.size) throw new Refusal(422, 'record-differs', `photo ${photoId}: Upload-Length ${upload.size} differs from the photo record's size ${photo.size}`);
  }

  async function verify(request: TusRequest, upload: Upload): Promise<void> {
    const { jobId, photoId, sha256 } = metadataOf(upload);
    const actual = await sha256Of(await blobs.read(upload.id));
    if (actual !== sha256) {
      await blobs.remove(upload.id);
      throw new Refusal(422, 'hash-mismatch', `photo ${photoId}: the bytes received hash to ${actual}, not the declared ${sha256}; the upload was deleted`);
    }
    const recorded = await repository.recordBytes(accountOfUpload(request).id, jobId, photoId, { blobKey: upload.id, sha256 });
    if (recorded === 'recorded') return;
    await blobs.remove(upload.id);
    if (recorded === 'photo-gone') throw new Refusal(404, 'not-found', `photo ${photoId} of job ${jobId} is gone; the upload was deleted`);
    if (recorded === 'record-differs') throw new Refusal(409, 'record-differs', `photo ${photoId} was re-declared with another hash during the upload; the upload was deleted`);
  }

  // One verification of an upload at a time: a HEAD finishing it (below) may meet the PATCH doing so.
  const verifying = new Map<string, Promise<void>>();
  const verifyOnce = (request: TusRequest, upload: Upload): Promise<void> => {
    let running = verifying.get(upload.id);
    if (!running) {
      running = verify(request, upload).finally(() => verifying.delete(upload.id));
      verifying.set(upload.id, running);
    }
    return running;
  };

  /**
   * A server killed between an upload's last byte and its verification leaves every byte stored and
   * the photo without them; tus answers a HEAD on it as complete, so the client, asking where to
   * resume, counted the photo as sent while the shop never showed it. Such a HEAD verifies it first,
   * as its last PATCH would have: the bytes are recorded, or refused (422) and the client starts anew.
   */
  async function finishInterrupted(request: TusRequest, uploadId: string): Promise<void> {
    if (request.method !== 'HEAD') return;
    const upload = await blobs.uploads.getUpload(uploadId).catch(() => null);
    // Unknown, or bytes still to come: tus answers those itself.
    if (upload === null || upload.size === undefined || upload.offset !== upload.size) return;
    const { jobId, photoId } = metadataOf(upload);
    const photo = await repository.photoForUpload(accountOfUpload(request).id, jobId, photoId);
    if (!photo.bytesPresent) await verifyOnce(request, upload);
  }

  return new Server({
    path: UPLOADS_PATH,
    datastore: blobs.uploads,
    ...(locker ? { locker } : {}),
    respectForwardedHeaders,
    maxSize: MAX_UPLOAD_BYTES,
    // A verified upload's file is the photo's bytes: only an unfinished one may be cancelled.
    disableTerminationForFinishedUploads: true,
    namingFunction: (request) => newUploadId(accountOfUpload(request).id),
    onUploadCreate: (request, upload) => checkCreate(request, upload).then(() => ({}), rethrowForTus),
    onUploadFinish: (request, upload) => verifyOnce(request, upload).then(() => ({}), rethrowForTus),
    onIncomingRequest: (request, uploadId) => finishInterrupted(request, uploadId).catch(rethrowForTus),
    onResponseError: (_request, error) => {
      if (!('status_code' in error) || error.status_code >= 500) log.error({ err: error }, 'upload failed');
      return undefined;
    },
  });
}
