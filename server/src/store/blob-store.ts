// The bytes half of the server's storage: where tus writes uploads and where the customer side reads
// them. A photo's bytes stay under the key of the upload that brought them, so nothing is copied.
import type { Readable } from 'node:stream';
import type { DataStore } from '@tus/server';

export interface BlobStore {
  /** The tus data store uploads are written to. */
  readonly uploads: DataStore;
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
  /** Absent where the storage expires abandoned uploads itself (an S3 bucket's lifecycle rule). */
  expiry?: UploadExpiry;
}

export interface UploadExpiry {
  /** How often the server sweeps. */
  everyMs: number;
  /** Deletes the unfinished uploads started longer ago than the store keeps them; says how many. */
  expireAbandoned(): Promise<number>;
}
