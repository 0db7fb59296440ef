import type { BlobStore } from './blob-store.js';
import type { Repository } from './repository.js';

/** What routes are built with: the two stores, whichever implementations the server was started with. */
export interface Stores {
  repository: Repository;
  blobs: BlobStore;
}
