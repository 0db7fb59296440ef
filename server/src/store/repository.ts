// The relational half of the server's storage. Routes speak only to this interface, so another
// database slots in by implementing it; SQLite (store/sqlite) is the embedded default.
import type { CodeAsFound } from '../../../shared/customer-view.js';
import type { JobStatus } from '../../../shared/domain.js';
import type { JobBody, PhotoBody, SubjectBody } from '../api-schemas.js';

export interface Account {
  id: number;
  name: string;
}

/** A client's write: the key it chose for it, and a fingerprint of the request it sent under that key. */
export interface Operation {
  key: string;
  fingerprint: string;
}

/** The answer to a write, kept so that a replay of the operation gets it again. */
export interface Outcome {
  status: number;
  body: unknown;
}

export type Write =
  | { kind: 'put-job'; jobId: string; job: JobBody }
  | { kind: 'delete-job'; jobId: string }
  | { kind: 'put-subject'; jobId: string; subjectId: string; subject: SubjectBody }
  | { kind: 'put-photo'; jobId: string; photoId: string; photo: PhotoBody }
  | { kind: 'set-activation'; jobId: string; code: string; activated: boolean };

export interface JobView {
  id: string;
  name: string;
  status: JobStatus;
  createdAt: string;
  updatedAt: string;
}

export interface SubjectView {
  id: string;
  firstName: string;
  lastName: string;
  group: string;
  code: string;
  activated: boolean;
}

export interface PhotoView extends PhotoBody {
  id: string;
  bytesPresent: boolean;
}

export interface AlbumView {
  name: string;
  photos: number;
}

/** A photo a customer may be shown: the server's own id for it (used in its URL) and where its bytes are. */
export interface CustomerPhoto {
  id: number;
  fileName: string;
  blobKey: string;
}

/**
 * What became of a verified upload's bytes: recorded, or to be dropped because the photo has them already,
 * is gone, or was re-declared with another hash while they were on the way.
 */
export type BytesRecorded = 'recorded' | 'already-present' | 'photo-gone' | 'record-differs';

export interface Repository {
  /** Creates the account if it is new and adds a token (by its hash) to it. */
  addToken(accountName: string, tokenHash: string): Promise<{ account: Account; accountCreated: boolean }>;
  accountByToken(tokenHash: string): Promise<Account | undefined>;

  /**
   * Applies a write exactly once per (account, operation key), in one transaction with the record of
   * its outcome: a replay answers the recorded outcome; the same key with another fingerprint throws a
   * 409 Refusal. Only successful writes are recorded: a refused one changed nothing and may be retried.
   */
  apply(accountId: number, operation: Operation, write: Write): Promise<Outcome & { replayed: boolean }>;

  /** Throws a 404 Refusal for a job the account does not have, a 410 one for a job it deleted. */
  job(accountId: number, jobId: string): Promise<JobView>;
  jobs(accountId: number): Promise<JobView[]>;
  subjects(accountId: number, jobId: string): Promise<SubjectView[]>;
  photos(accountId: number, jobId: string): Promise<PhotoView[]>;
  albums(accountId: number, jobId: string): Promise<AlbumView[]>;
  /** Blob keys of a job's photos, to remove once the job is deleted. */
  blobsOfJob(accountId: number, jobId: string): Promise<string[]>;

  /** The photo record an upload is for, as `job` refuses when the job is missing. */
  photoForUpload(accountId: number, jobId: string, photoId: string): Promise<PhotoView>;
  recordBytes(accountId: number, jobId: string, photoId: string, bytes: { blobKey: string; sha256: string }): Promise<BytesRecorded>;

  /** A code as the customer side finds it, with the photos its gallery shows when it shows them. */
  codeForCustomer(code: string): Promise<{ found: CodeAsFound; photos: CustomerPhoto[] }>;

  close(): Promise<void>;
}
