import type { Outcome, Repository } from '../repository.js';
import { performWrite, type WriteSteps } from '../rules/perform-write.js';
import { accountByToken, addToken } from './accounts.js';
import { setActivation } from './codes.js';
import { codeForCustomer } from './customer.js';
import { deleteJob, jobView, jobViews, liveJob, putJob } from './jobs.js';
import { migratePostgres } from './migrations/index.js';
import { applyOnce } from './operations.js';
import { albumViews, blobsOfJob, photoView, photoViews, putPhoto, recordBytes } from './photos.js';
import { openPool, type Sql } from './pool.js';
import { inTransaction } from './transaction.js';
import { putSubject, subjectViews } from './subjects.js';

const STEPS: WriteSteps<Sql, Promise<Outcome>> = {
  putJob,
  deleteJob,
  putSubject,
  putPhoto,
  setActivation: async (sql, accountId, jobId, code, activated) => ({
    status: 200,
    body: await setActivation(sql, (await liveJob(sql, accountId, jobId)).id, jobId, code, activated),
  }),
};

/** The URL as it may be shown: without its password. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'the --database URL';
  }
}

/**
 * The store for several server processes: one PostgreSQL database they share. Every write runs in a
 * serializable transaction (transaction.ts), so processes racing on one operation, code or photo
 * decide exactly as one process would.
 */
export async function postgresRepository(url: string): Promise<Repository> {
  const pool = openPool(url);
  try {
    await migratePostgres(pool, redactedUrl(url));
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    addToken: (name, hash) => inTransaction(pool, (sql) => addToken(sql, name, hash)),
    accountByToken: (hash) => accountByToken(pool, hash),
    apply: (accountId, operation, write) => inTransaction(pool, (sql) => applyOnce(sql, accountId, operation, () => performWrite(STEPS, sql, accountId, write))),
    job: (accountId, jobId) => jobView(pool, accountId, jobId),
    jobs: (accountId) => jobViews(pool, accountId),
    subjects: (accountId, jobId) => inTransaction(pool, (sql) => subjectViews(sql, accountId, jobId)),
    photos: (accountId, jobId) => inTransaction(pool, (sql) => photoViews(sql, accountId, jobId)),
    albums: (accountId, jobId) => inTransaction(pool, (sql) => albumViews(sql, accountId, jobId)),
    blobsOfJob: (accountId, jobId) => blobsOfJob(pool, accountId, jobId),
    photoForUpload: (accountId, jobId, photoId) => inTransaction(pool, (sql) => photoView(sql, accountId, jobId, photoId)),
    recordBytes: (accountId, jobId, photoId, bytes) => inTransaction(pool, (sql) => recordBytes(sql, accountId, jobId, photoId, bytes)),
    codeForCustomer: (code) => inTransaction(pool, (sql) => codeForCustomer(sql, code)),
    close: () => pool.end(),
  };
}
