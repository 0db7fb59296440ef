import type { Readable } from 'node:stream';
import { S3Store } from '@tus/s3-store';
import type { KvStore } from '@tus/server';
import { isUploadId } from '../../upload-id.js';
import type { BlobStore } from '../blob-store.js';
import { prefixKeys } from './prefix-keys.js';
import type { S3Target } from './storage-url.js';

type Metadata = NonNullable<ConstructorParameters<typeof S3Store>[0]['cache']> extends KvStore<infer T> ? T : never;

/**
 * tus keeps each upload's metadata in the bucket and by default caches it per process; with several
 * processes on one bucket a cached copy goes stale (an upload finished or deleted by another), so
 * every request reads it from the bucket.
 */
const NO_CACHE: KvStore<Metadata> = {
  get: () => Promise.resolve(undefined),
  set: () => Promise.resolve(),
  delete: () => Promise.resolve(),
  list: () => Promise.resolve([]),
};

/** tus's S3 store with every key under the target's prefix, and the client it uses open to the blob store. */
class PrefixedS3Store extends S3Store {
  constructor(target: S3Target) {
    super({
      cache: NO_CACHE,
      s3ClientConfig: {
        bucket: target.bucket,
        endpoint: target.endpoint,
        region: target.region ?? process.env.AWS_REGION ?? 'us-east-1',
        forcePathStyle: target.forcePathStyle,
        // Checksums only where S3 requires them: streamed bodies then go plain, not in aws-chunked
        // framing, which several S3-compatible servers store as it arrives.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    });
    this.client.middlewareStack.add((next) => (args) => next({ ...args, input: prefixKeys(args.input, target.prefix) }), {
      step: 'initialize',
      name: 'shootdeskKeyPrefix',
    });
  }

  /** Deletes a finished upload's object and what tus kept beside it (tus's own remove refuses a finished one). */
  async removeFinished(key: string): Promise<void> {
    await this.client.deleteObjects({ Bucket: this.bucket, Delete: { Objects: [{ Key: key }, { Key: this.infoKey(key) }, { Key: this.partKey(key, true) }] } });
  }
}

const checked = (key: string): string => {
  if (!isUploadId(key)) throw new Error(`not a blob key: ${key}`);
  return key;
};

/** Bytes as objects in an S3-compatible bucket, each under the key of the upload that wrote it. */
export function s3BlobStore(target: S3Target): BlobStore {
  const uploads = new PrefixedS3Store(target);
  return {
    uploads,
    read: (key: string): Promise<Readable> => uploads.read(checked(key)),
    remove: (key: string): Promise<void> => uploads.removeFinished(checked(key)),
  };
}
