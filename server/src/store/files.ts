import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { isUploadId } from '../upload-id.js';
import type { BlobStore } from './blob-store.js';

/**
 * tus's own sweep reads how far an upload got from its record, which the file store never updates
 * after creation: it would delete finished uploads, photos' bytes. The file's size is the truth.
 */
async function expireAbandoned(uploads: FileStore, expiryMs: number): Promise<number> {
  const startedBefore = Date.now() - expiryMs;
  let deleted = 0;
  for (const id of (await uploads.configstore.list?.()) ?? []) {
    const upload = await uploads.getUpload(id).catch(() => null);
    if (upload === null || upload.offset === upload.size || !upload.creation_date) continue;
    if (Date.parse(upload.creation_date) >= startedBefore) continue;
    await uploads.remove(id);
    deleted += 1;
  }
  return deleted;
}

/**
 * Bytes as files in one folder, each beside the tus record (`<key>.json`) of the upload that wrote it.
 * An upload left unfinished for `expiryMs` is deleted by `expireAbandoned` (a finished one never: it
 * is a photo's bytes); its client, asking where to resume, is told it is gone and starts anew.
 */
export function fileBlobStore(directory: string, expiryMs: number): BlobStore {
  const uploads = new FileStore({ directory, expirationPeriodInMilliseconds: expiryMs });
  const pathOf = (key: string): string => {
    if (!isUploadId(key)) throw new Error(`not a blob key: ${key}`);
    return join(directory, key);
  };
  return {
    uploads,
    read: (key: string): Promise<Readable> => new Promise((resolve) => resolve(createReadStream(pathOf(key)))),
    async remove(key: string): Promise<void> {
      await rm(pathOf(key), { force: true });
      await rm(`${pathOf(key)}.json`, { force: true });
    },
    // A tenth of the time an upload is kept, at most an hour: an abandoned upload goes soon after it expires.
    expiry: { everyMs: Math.min(3600_000, Math.max(expiryMs / 10, 100)), expireAbandoned: () => expireAbandoned(uploads, expiryMs) },
  };
}
