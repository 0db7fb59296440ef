import type { BlobStore } from './blob-store.js';
import type { UploadLocker } from './postgres/upload-locker.js';
import type { Repository } from './repository.js';

/** What routes are built with: the two stores, whichever implementations the server was started with. */
export interface Stores {
  repository: Repository;
  blobs: BlobStore;
  /** Locks on uploads shared by every process on the database; tus's in-memory locks when absent (one process). */
  locker?: UploadLocker;
}
