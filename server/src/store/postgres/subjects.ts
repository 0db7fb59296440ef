import type { SubjectBody } from '../../api-schemas.js';
import type { Outcome, SubjectView } from '../repository.js';
import { assignCode } from './codes.js';
import { liveJob } from './jobs.js';
import { all, one, type Sql } from './pool.js';

const SELECT_VIEW = `SELECT subjects.client_id AS id, first_name AS "firstName", last_name AS "lastName", group_name AS "group",
    codes.code AS code, codes.activated AS activated
  FROM subjects JOIN codes ON codes.subject_id = subjects.id`;

export async function subjectViews(sql: Sql, accountId: number, jobId: string): Promise<SubjectView[]> {
  const job = await liveJob(sql, accountId, jobId);
  return all<SubjectView>(sql, `${SELECT_VIEW} WHERE subjects.job_id = $1 ORDER BY subjects.id`, [job.id]);
}

export async function putSubject(sql: Sql, accountId: number, jobId: string, subjectId: string, subject: SubjectBody): Promise<Outcome> {
  const job = await liveJob(sql, accountId, jobId);
  const existing = await one<{ id: number }>(sql, 'SELECT id FROM subjects WHERE job_id = $1 AND client_id = $2', [job.id, subjectId]);
  const names = [subject.firstName, subject.lastName, subject.group];
  let id = existing?.id;
  if (id === undefined) {
    id = (await one<{ id: number }>(sql, 'INSERT INTO subjects (job_id, client_id, first_name, last_name, group_name) VALUES ($1, $2, $3, $4, $5) RETURNING id', [job.id, subjectId, ...names]))!.id;
  } else {
    await sql.query('UPDATE subjects SET first_name = $1, last_name = $2, group_name = $3 WHERE id = $4', [...names, id]);
  }
  await assignCode(sql, job.id, id, subject.code);
  const view = (await one<SubjectView>(sql, `${SELECT_VIEW} WHERE subjects.id = $1`, [id]))!;
  return { status: existing ? 200 : 201, body: view };
}
