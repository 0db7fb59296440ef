import type { JobBody } from '../../api-schemas.js';
import { notFound, Refusal } from '../../refusal.js';
import type { JobView, Outcome } from '../repository.js';
import { nowIso, type Db } from './open.js';

interface JobRow {
  id: number;
  client_id: string;
  name: string;
  status: JobView['status'];
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const viewOf = (row: JobRow): JobView => ({
  id: row.client_id,
  name: row.name,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function findJob(db: Db, accountId: number, jobId: string): JobRow | undefined {
  return db.prepare('SELECT * FROM jobs WHERE account_id = ? AND client_id = ?').get(accountId, jobId) as JobRow | undefined;
}

/** The job a request names, refusing one the account does not have (404) or has deleted (410). */
export function liveJob(db: Db, accountId: number, jobId: string): JobRow {
  const row = findJob(db, accountId, jobId);
  if (!row) throw notFound(`job ${jobId}`);
  if (row.deleted_at) throw new Refusal(410, 'job-deleted', `job ${jobId} was deleted; its codes are retired`);
  return row;
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
  const now = nowIso();
  if (!existing) {
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
  liveJob(db, accountId, jobId);
  if (existing.name !== job.name || existing.status !== job.status) {
    db.prepare('UPDATE jobs SET name = ?, status = ?, updated_at = ? WHERE id = ?').run(job.name, job.status, now, existing.id);
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
