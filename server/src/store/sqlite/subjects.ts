import type { SubjectBody } from '../../api-schemas.js';
import type { Outcome, SubjectView } from '../repository.js';
import { assignCode } from './codes.js';
import { liveJob } from './jobs.js';
import type { Db } from './open.js';

const SELECT_VIEW = `SELECT subjects.client_id AS id, first_name AS firstName, last_name AS lastName, group_name AS "group",
    codes.code AS code, codes.activated AS activated
  FROM subjects JOIN codes ON codes.subject_id = subjects.id`;

type SubjectRow = Omit<SubjectView, 'activated'> & { activated: 0 | 1 };
const viewOf = (row: SubjectRow): SubjectView => ({ ...row, activated: row.activated === 1 });

export function subjectViews(db: Db, accountId: number, jobId: string): SubjectView[] {
  const job = liveJob(db, accountId, jobId);
  const rows = db.prepare(`${SELECT_VIEW} WHERE subjects.job_id = ? ORDER BY subjects.id`).all(job.id) as SubjectRow[];
  return rows.map(viewOf);
}

export function putSubject(db: Db, accountId: number, jobId: string, subjectId: string, subject: SubjectBody): Outcome {
  const job = liveJob(db, accountId, jobId);
  const existing = db.prepare('SELECT id FROM subjects WHERE job_id = ? AND client_id = ?').get(job.id, subjectId) as { id: number } | undefined;
  let id = existing?.id;
  if (id === undefined) {
    const inserted = db
      .prepare('INSERT INTO subjects (job_id, client_id, first_name, last_name, group_name) VALUES (?, ?, ?, ?, ?)')
      .run(job.id, subjectId, subject.firstName, subject.lastName, subject.group);
    id = Number(inserted.lastInsertRowid);
  } else {
    db.prepare('UPDATE subjects SET first_name = ?, last_name = ?, group_name = ? WHERE id = ?').run(subject.firstName, subject.lastName, subject.group, id);
  }
  assignCode(db, job.id, id, subject.code);
  const view = viewOf(db.prepare(`${SELECT_VIEW} WHERE subjects.id = ?`).get(id) as SubjectRow);
  return { status: existing ? 200 : 201, body: view };
}
