import type { Outcome, Repository } from '../repository.js';
import { performWrite, type WriteSteps } from '../rules/perform-write.js';
import { accountByToken, addToken } from './accounts.js';
import { setActivation } from './codes.js';
import { codeForCustomer } from './customer.js';
import { deleteJob, jobView, jobViews, liveJob, putJob } from './jobs.js';
import { applyOnce } from './operations.js';
import { openServerDb, type Db } from './open.js';
import { albumViews, blobsOfJob, photoView, photoViews, putPhoto, recordBytes } from './photos.js';
import { putSubject, subjectViews } from './subjects.js';

const STEPS: WriteSteps<Db, Outcome> = {
  putJob,
  deleteJob,
  putSubject,
  putPhoto,
  setActivation: (db, accountId, jobId, code, activated) => ({ status: 200, body: setActivation(db, liveJob(db, accountId, jobId).id, jobId, code, activated) }),
};

/** A synchronous call as a promise, its throw a rejection. */
const run = <T>(call: () => T): Promise<T> => new Promise((resolve) => resolve(call()));

/**
 * The embedded store: one SQLite file. better-sqlite3 is synchronous, so each call runs whole before the
 * next request is served; the promises are for the interface, which a networked database needs.
 */
export function sqliteRepository(file: string): Repository {
  const db = openServerDb(file);
  return {
    addToken: (name, hash) => run(() => addToken(db, name, hash)),
    accountByToken: (hash) => run(() => accountByToken(db, hash)),
    apply: (accountId, operation, write) => run(() => applyOnce(db, accountId, operation, () => performWrite(STEPS, db, accountId, write))),
    job: (accountId, jobId) => run(() => jobView(db, accountId, jobId)),
    jobs: (accountId) => run(() => jobViews(db, accountId)),
    subjects: (accountId, jobId) => run(() => subjectViews(db, accountId, jobId)),
    photos: (accountId, jobId) => run(() => photoViews(db, accountId, jobId)),
    albums: (accountId, jobId) => run(() => albumViews(db, accountId, jobId)),
    blobsOfJob: (accountId, jobId) => run(() => blobsOfJob(db, accountId, jobId)),
    photoForUpload: (accountId, jobId, photoId) => run(() => photoView(db, accountId, jobId, photoId)),
    recordBytes: (accountId, jobId, photoId, bytes) => run(() => recordBytes(db, accountId, jobId, photoId, bytes)),
    codeForCustomer: (code) => run(() => codeForCustomer(db, code)),
    close: () => run(() => {
      db.close();
    }),
  };
}
