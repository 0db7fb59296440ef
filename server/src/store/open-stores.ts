import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobStore } from './blob-store.js';
import { fileBlobStore } from './files.js';
import { postgresRepository } from './postgres/postgres-repository.js';
import { postgresUploadLocker } from './postgres/upload-locker.js';
import type { Repository } from './repository.js';
import { s3BlobStore } from './s3/s3-blob-store.js';
import type { S3Target } from './s3/storage-url.js';
import { sqliteRepository } from './sqlite/sqlite-repository.js';
import type { Stores } from './stores.js';

/**
 * Where the server keeps things: the data folder by default (one SQLite file, a folder of uploads);
 * a PostgreSQL database and an S3-compatible bucket, each on its own, for several server processes.
 */
export interface StoreOptions {
  dataDir: string;
  /** A postgres:// URL. */
  database?: string;
  storage?: S3Target;
  /** How long an unfinished upload is kept in the data folder; a week unless given. */
  uploadExpiryMs?: number;
}

/** Long enough for a photographer back from a week of shoots without a network to resume where she stopped. */
export const DEFAULT_UPLOAD_EXPIRY_MS = 7 * 24 * 3600 * 1000;

export async function openRepository(options: StoreOptions): Promise<Repository> {
  if (options.database) return postgresRepository(options.database);
  mkdirSync(options.dataDir, { recursive: true });
  return sqliteRepository(join(options.dataDir, 'shootdesk-server.sqlite'));
}

function openBlobStore(options: StoreOptions): BlobStore {
  if (options.storage) return s3BlobStore(options.storage);
  const uploads = join(options.dataDir, 'uploads');
  mkdirSync(uploads, { recursive: true });
  return fileBlobStore(uploads, options.uploadExpiryMs ?? DEFAULT_UPLOAD_EXPIRY_MS);
}

export async function openStores(options: StoreOptions): Promise<Stores> {
  const blobs = openBlobStore(options);
  const locker = options.database ? { locker: postgresUploadLocker(options.database) } : {};
  return { repository: await openRepository(options), blobs, ...locker };
}
