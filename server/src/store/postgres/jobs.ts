import type { JobBody } from '../../api-schemas.js';
import { notFound } from '../../refusal.js';
import type { JobView, Outcome } from '../repository.js';
import { jobPutEffect, jobViewOf, liveJobOf, type JobRow } from '../rules/job-rules.js';
import { all, nowIso, one, type Sql } from './pool.js';

const findJob = (sql: Sql, accountId: number, jobId: string) =>
  one<JobRow>(sql, 'SELECT * FROM jobs WHERE account_id = $1 AND client_id = $2', [accountId, jobId]);

export async function liveJob(sql: Sql, accountId: number, jobId: string): Promise<JobRow> {
  return liveJobOf(await findJob(sql, accountId, jobId), jobId);
}

export async function jobView(sql: Sql, accountId: number, jobId: string): Promise<JobView> {
  return jobViewOf(await liveJob(sql, accountId, jobId));
}

export async function jobViews(sql: Sql, accountId: number): Promise<JobView[]> {
  return (await all<JobRow>(sql, 'SELECT * FROM jobs WHERE account_id = $1 AND deleted_at IS NULL ORDER BY id', [accountId])).map(jobViewOf);
}

export async function putJob(sql: Sql, accountId: number, jobId: string, job: JobBody): Promise<Outcome> {
  const effect = jobPutEffect(await findJob(sql, accountId, jobId), jobId, job);
  const now = nowIso();
  if (effect === 'create') {
    await sql.query('INSERT INTO jobs (account_id, client_id, name, status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)', [accountId, jobId, job.name, job.status, now]);
  } else if (effect === 'update') {
    await sql.query('UPDATE jobs SET name = $1, status = $2, updated_at = $3 WHERE account_id = $4 AND client_id = $5', [job.name, job.status, now, accountId, jobId]);
  }
  return { status: effect === 'create' ? 201 : 200, body: await jobView(sql, accountId, jobId) };
}

/** As the SQLite store does (store/sqlite/jobs.ts): codes retired for ever, the rest removed, the row kept as the mark. */
export async function deleteJob(sql: Sql, accountId: number, jobId: string): Promise<Outcome> {
  const job = await findJob(sql, accountId, jobId);
  if (!job) throw notFound(`job ${jobId}`);
  if (job.deleted_at) return { status: 200, body: { id: jobId, deleted: true, retiredCodes: 0 } };
  const now = nowIso();
  const retired = await sql.query('UPDATE codes SET retired_at = $1, subject_id = NULL WHERE job_id = $2 AND retired_at IS NULL', [now, job.id]);
  await sql.query('DELETE FROM photos WHERE job_id = $1', [job.id]);
  await sql.query('DELETE FROM albums WHERE job_id = $1', [job.id]);
  await sql.query('DELETE FROM subjects WHERE job_id = $1', [job.id]);
  await sql.query('UPDATE jobs SET deleted_at = $1, updated_at = $1 WHERE id = $2', [now, job.id]);
  return { status: 200, body: { id: jobId, deleted: true, retiredCodes: retired.rowCount ?? 0 } };
}
