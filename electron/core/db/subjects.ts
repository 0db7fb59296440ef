import { nowIso, type Db } from './open-db.js';

export interface NewSubject {
  firstName: string;
  lastName: string;
  group: string;
  email: string | null;
  spare: boolean;
  code: string;
  /** What a names list may say besides: absent for spares and subjects made by hand. */
  grade?: string;
  phone?: string | null;
  externalId?: string | null;
}

export interface SubjectWithCode {
  id: number;
  firstName: string;
  lastName: string;
  group: string;
  spare: boolean;
  code: string;
  activatedAt: string | null;
  grade: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
}

/** Inserts a subject with its access code; the caller runs it inside its transaction. */
export function insertSubject(db: Db, jobId: number, subject: NewSubject): number {
  const now = nowIso();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO subjects (job_id, first_name, last_name, group_name, email, spare, grade, phone, external_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(jobId, subject.firstName, subject.lastName, subject.group, subject.email, subject.spare ? 1 : 0, subject.grade ?? '', subject.phone ?? null, subject.externalId ?? null, now);
  const subjectId = Number(lastInsertRowid);
  db.prepare('INSERT INTO access_codes (code, job_id, subject_id, created_at) VALUES (?, ?, ?, ?)').run(
    subject.code,
    jobId,
    subjectId,
    now,
  );
  return subjectId;
}

/**
 * Gives a subject of the job the names-list row's names, group and email, and makes it a named
 * subject: a spare created from a blank card becomes that pupil, keeping its code and photos. An
 * email (and a grade, phone or external id) is only ever added or replaced: a later list without
 * that column does not erase one.
 * Returns whether anything changed.
 */
export function setSubjectNames(
  db: Db,
  subjectId: number,
  names: { firstName: string; lastName: string; group: string; email: string | null; grade?: string; phone?: string | null; externalId?: string | null },
): boolean {
  return (
    db
      .prepare(
        `UPDATE subjects SET first_name = @firstName, last_name = @lastName, group_name = @group, email = coalesce(@email, email),
                grade = coalesce(@grade, grade), phone = coalesce(@phone, phone), external_id = coalesce(@externalId, external_id), spare = 0
         WHERE id = @id AND (spare = 1 OR first_name IS NOT @firstName OR last_name IS NOT @lastName OR group_name IS NOT @group
                             OR (@email IS NOT NULL AND email IS NOT @email) OR (@grade IS NOT NULL AND grade IS NOT @grade)
                             OR (@phone IS NOT NULL AND phone IS NOT @phone) OR (@externalId IS NOT NULL AND external_id IS NOT @externalId))`,
      )
      .run({
        id: subjectId,
        firstName: names.firstName,
        lastName: names.lastName,
        group: names.group,
        email: names.email,
        grade: names.grade || null,
        phone: names.phone ?? null,
        externalId: names.externalId ?? null,
      }).changes > 0
  );
}

/** A subject's details as the API names them, and their columns. */
const EDITABLE_COLUMNS = {
  firstName: 'first_name',
  lastName: 'last_name',
  group: 'group_name',
  grade: 'grade',
  email: 'email',
  phone: 'phone',
  externalId: 'external_id',
} as const;

/** Details corrected by hand; a field left out stays as it is. */
export type SubjectEdit = Partial<Record<keyof typeof EDITABLE_COLUMNS, string>>;

/** Empty means "none" for these: a pupil without an email has NULL, as an imported one does. */
const NULL_WHEN_EMPTY = new Set<string>(['email', 'phone', 'externalId']);

/**
 * Sets the given details of one subject. A spare given a name becomes that pupil, as a names list
 * would make it, keeping its code and photos. Returns whether anything changed.
 */
export function updateSubject(db: Db, subjectId: number, edit: SubjectEdit): boolean {
  const fields = (Object.keys(EDITABLE_COLUMNS) as (keyof typeof EDITABLE_COLUMNS)[]).filter((field) => edit[field] !== undefined);
  const named = edit.firstName !== undefined || edit.lastName !== undefined;
  if (fields.length === 0) return false;
  // Column names come from the fixed table above; every value is bound.
  const sets = fields.map((field) => `${EDITABLE_COLUMNS[field]} = @${field}`);
  const changed = fields.map((field) => `${EDITABLE_COLUMNS[field]} IS NOT @${field}`);
  if (named) {
    sets.push('spare = 0');
    changed.push('spare = 1');
  }
  const values = Object.fromEntries(fields.map((field) => [field, edit[field] === '' && NULL_WHEN_EMPTY.has(field) ? null : edit[field]]));
  return db.prepare(`UPDATE subjects SET ${sets.join(', ')} WHERE id = @id AND (${changed.join(' OR ')})`).run({ ...values, id: subjectId }).changes > 0;
}

/** The job's named subjects with this external id (the school's own pupil number), oldest first. */
export function findSubjectsByExternalId(db: Db, jobId: number, externalId: string): number[] {
  return db
    .prepare('SELECT s.id FROM subjects s WHERE s.job_id = ? AND s.external_id = ? AND s.spare = 0 ORDER BY s.id')
    .pluck()
    .all(jobId, externalId) as number[];
}

export function listSubjects(db: Db, jobId: number): SubjectWithCode[] {
  return db
    .prepare(
      `SELECT s.id, s.first_name AS firstName, s.last_name AS lastName, s.group_name AS "group",
              s.spare = 1 AS spare, c.code, c.activated_at AS activatedAt, s.grade, s.email, s.phone, s.external_id AS externalId
       FROM subjects s JOIN access_codes c ON c.subject_id = s.id
       WHERE s.job_id = ? ORDER BY s.id`,
    )
    .all(jobId)
    .map((row) => {
      const r = row as Omit<SubjectWithCode, 'spare'> & { spare: number };
      return { ...r, spare: r.spare === 1 };
    });
}

/** The codes of the job's names list (its subjects that are not spares). */
export function listNamedCodes(db: Db, jobId: number): string[] {
  const rows = db
    .prepare('SELECT c.code FROM access_codes c JOIN subjects s ON s.id = c.subject_id WHERE c.job_id = ? AND s.spare = 0 ORDER BY c.code')
    .all(jobId) as { code: string }[];
  return rows.map((row) => row.code);
}

export function countSpareSubjects(db: Db, jobId: number): number {
  const row = db.prepare('SELECT count(*) AS n FROM subjects WHERE job_id = ? AND spare = 1').get(jobId) as { n: number };
  return row.n;
}

/**
 * The job's named subjects with this name and group, oldest first; when the row has a pupil id,
 * not those with another one (two pupils of one name told apart by the school's numbers).
 */
export function findSubjectsByName(db: Db, jobId: number, name: { firstName: string; lastName: string; group: string; externalId: string | null }): number[] {
  return db
    .prepare(
      `SELECT s.id FROM subjects s
       WHERE s.job_id = ? AND s.first_name = ? AND s.last_name = ? AND s.group_name = ? AND s.spare = 0
         AND (s.external_id IS NULL OR ? IS NULL OR s.external_id = ?) ORDER BY s.id`,
    )
    .pluck()
    .all(jobId, name.firstName, name.lastName, name.group, name.externalId, name.externalId) as number[];
}

export interface SubjectDetails {
  firstName: string;
  lastName: string;
  group: string;
  grade: string;
  code: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
  spare: boolean;
}

/** Every subject of the job with what the names list said of it, in the order they were added. */
export function listSubjectDetails(db: Db, jobId: number): SubjectDetails[] {
  return (
    db
      .prepare(
        `SELECT s.first_name AS firstName, s.last_name AS lastName, s.group_name AS "group", s.grade, c.code, s.email, s.phone,
                s.external_id AS externalId, s.spare
         FROM subjects s JOIN access_codes c ON c.subject_id = s.id WHERE s.job_id = ? ORDER BY s.id`,
      )
      .all(jobId) as (Omit<SubjectDetails, 'spare'> & { spare: number })[]
  ).map((row) => ({ ...row, spare: row.spare === 1 }));
}
