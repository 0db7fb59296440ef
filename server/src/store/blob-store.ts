// The bytes half of the server's storage: where tus writes uploads and where the customer side reads
// them. A photo's bytes stay under the key of the upload that brought them, so nothing is copied.
import type { Readable } from 'node:stream';
import type { DataStore } from '@tus/server';

export interface BlobStore {
  /** The tus data store uploads are written to. */
  readonly uploads: DataStore;
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}
