import type { ColumnMapping, JobStatus } from '../../../shared/domain.js';
import { nowIso, type Db } from './open-db.js';

export interface JobRow {
  id: number;
  name: string;
  status: JobStatus;
  createdAt: string;
  /** The pause that means a new subject, set by the photographer; null: learnt from each camera's rhythm. */
  subjectPauseMs: number | null;
  /** The shop parents order from, printed on the contact sheets; null until the photographer sets it. */
  shopUrl: string | null;
}

const JOB_COLUMNS = 'id, name, status, created_at AS createdAt, subject_pause_ms AS subjectPauseMs, shop_url AS shopUrl';

export function findJob(db: Db, name: string): JobRow | undefined {
  return db.prepare(`SELECT ${JOB_COLUMNS} FROM jobs WHERE name = ?`).get(name) as JobRow | undefined;
}

/** The column mapping the job's last names list was imported with; {} when none was given. */
export function namesMappingOf(db: Db, jobId: number): ColumnMapping {
  const row = db.prepare('SELECT names_mapping AS mapping FROM jobs WHERE id = ?').get(jobId) as { mapping: string | null } | undefined;
  return row?.mapping ? (JSON.parse(row.mapping) as ColumnMapping) : {};
}

export function setNamesMapping(db: Db, jobId: number, mapping: ColumnMapping): void {
  db.prepare('UPDATE jobs SET names_mapping = ? WHERE id = ?').run(JSON.stringify(mapping), jobId);
}

export function setSubjectPause(db: Db, jobId: number, pauseMs: number | null): void {
  db.prepare('UPDATE jobs SET subject_pause_ms = ? WHERE id = ?').run(pauseMs, jobId);
}

/** `url` is saved as given: the caller has checked and normalised it. */
export function setShopUrl(db: Db, jobId: number, url: string): void {
  db.prepare('UPDATE jobs SET shop_url = ? WHERE id = ?').run(url, jobId);
}

export function findOrCreateJob(db: Db, name: string): JobRow {
  db.prepare('INSERT INTO jobs (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(name, nowIso());
  const job = findJob(db, name);
  if (!job) throw new Error(`job "${name}" could not be created`);
  return job;
}

export interface JobListRow extends JobRow {
  subjects: number;
  photos: number;
}

export function listJobs(db: Db): JobListRow[] {
  return db
    .prepare(
      `SELECT ${JOB_COLUMNS},
         (SELECT count(*) FROM subjects s WHERE s.job_id = jobs.id) AS subjects,
         (SELECT count(*) FROM photos p WHERE p.job_id = jobs.id AND p.error IS NULL) AS photos
       FROM jobs ORDER BY created_at, id`,
    )
    .all() as JobListRow[];
}

export function setJobStatus(db: Db, jobId: number, status: JobStatus): void {
  db.prepare('UPDATE jobs SET status = ? WHERE id = ?').run(status, jobId);
}

/** Deletes the job and retires its codes in one transaction: a retired code is never accepted again. */
export function deleteJob(db: Db, job: JobRow): number {
  return db.transaction(() => {
    const retired = db
      .prepare(
        `UPDATE access_codes SET retired_at = ?, retired_job_name = ?, job_id = NULL, subject_id = NULL, activated_at = NULL
         WHERE job_id = ?`,
      )
      .run(nowIso(), job.name, job.id).changes;
    db.prepare('DELETE FROM jobs WHERE id = ?').run(job.id);
    return retired;
  })();
}

/** Renames a job; its codes, photos and history stay. Returns false when another job has the name. */
export function renameJob(db: Db, jobId: number, name: string): boolean {
  const other = db.prepare('SELECT id FROM jobs WHERE name = ? AND id != ?').get(name, jobId);
  if (other) return false;
  db.prepare('UPDATE jobs SET name = ? WHERE id = ?').run(name, jobId);
  return true;
}
