import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { isUploadId } from '../upload-id.js';
import type { BlobStore } from './blob-store.js';

/** Bytes as files in one folder, each beside the tus record (`<key>.json`) of the upload that wrote it. */
export function fileBlobStore(directory: string): BlobStore {
  const uploads = new FileStore({ directory });
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
  };
}
