import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobStore } from './blob-store.js';
import { fileBlobStore } from './files.js';
import { postgresRepository } from './postgres/postgres-repository.js';
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
}

export async function openRepository(options: StoreOptions): Promise<Repository> {
  if (options.database) return postgresRepository(options.database);
  mkdirSync(options.dataDir, { recursive: true });
  return sqliteRepository(join(options.dataDir, 'shootdesk-server.sqlite'));
}

function openBlobStore(options: StoreOptions): BlobStore {
  if (options.storage) return s3BlobStore(options.storage);
  const uploads = join(options.dataDir, 'uploads');
  mkdirSync(uploads, { recursive: true });
  return fileBlobStore(uploads);
}

export async function openStores(options: StoreOptions): Promise<Stores> {
  const blobs = openBlobStore(options);
  return { repository: await openRepository(options), blobs };
}
