import type { JobBody } from '../../api-schemas.js';
import { notFound } from '../../refusal.js';
import type { JobView, Outcome } from '../repository.js';
import { jobPutEffect, jobViewOf as viewOf, liveJobOf, type JobRow } from '../rules/job-rules.js';
import { nowIso, type Db } from './open.js';

function findJob(db: Db, accountId: number, jobId: string): JobRow | undefined {
  return db.prepare('SELECT * FROM jobs WHERE account_id = ? AND client_id = ?').get(accountId, jobId) as JobRow | undefined;
}

/** The job a request names, refusing one the account does not have (404) or has deleted (410). */
export function liveJob(db: Db, accountId: number, jobId: string): JobRow {
  return liveJobOf(findJob(db, accountId, jobId), jobId);
}

export function jobView(db: Db, accountId: number, jobId: string): JobView {
  return viewOf(liveJob(db, accountId, jobId));
}

export function jobViews(db: Db, accountId: number): JobView[] {
  const rows = db.prepare('SELECT * FROM jobs WHERE account_id = ? AND deleted_at IS NULL ORDER BY id').all(accountId) as JobRow[];
  return rows.map(viewOf);
}

export function putJob(db: Db, accountId: number, jobId: string, job: JobBody): Outcome {
  const existing = findJob(db, accountId, jobId);
  const effect = jobPutEffect(existing, jobId, job);
  const now = nowIso();
  if (effect === 'create') {
    db.prepare('INSERT INTO jobs (account_id, client_id, name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      accountId,
      jobId,
      job.name,
      job.status,
      now,
      now,
    );
    return { status: 201, body: jobView(db, accountId, jobId) };
  }
  if (effect === 'update') {
    db.prepare('UPDATE jobs SET name = ?, status = ?, updated_at = ? WHERE account_id = ? AND client_id = ?').run(job.name, job.status, now, accountId, jobId);
  }
  return { status: 200, body: jobView(db, accountId, jobId) };
}

/**
 * Retires every code of the job for ever and removes its subjects, photos and albums; the job row stays
 * as the mark that it was deleted. Deleting a deleted job again is already done: 0 codes retired.
 */
export function deleteJob(db: Db, accountId: number, jobId: string): Outcome {
  const job = findJob(db, accountId, jobId);
  if (!job) throw notFound(`job ${jobId}`);
  if (job.deleted_at) return { status: 200, body: { id: jobId, deleted: true, retiredCodes: 0 } };
  const now = nowIso();
  const retired = db.prepare('UPDATE codes SET retired_at = ?, subject_id = NULL WHERE job_id = ? AND retired_at IS NULL').run(now, job.id);
  db.prepare('DELETE FROM photos WHERE job_id = ?').run(job.id);
  db.prepare('DELETE FROM albums WHERE job_id = ?').run(job.id);
  db.prepare('DELETE FROM subjects WHERE job_id = ?').run(job.id);
  db.prepare('UPDATE jobs SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, job.id);
  return { status: 200, body: { id: jobId, deleted: true, retiredCodes: retired.changes } };
}
