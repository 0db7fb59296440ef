import { nowIso, type Db } from './open-db.js';

export interface CodeRow {
  code: string;
  jobId: number | null;
  jobName: string | null;
  subjectId: number | null;
  retiredAt: string | null;
  retiredJobName: string | null;
  activatedAt: string | null;
  /** For a code a re-key replaced: the subject its printed cards still stand for in the sort. */
  cardOfSubject: number | null;
}

export function findCode(db: Db, code: string): CodeRow | undefined {
  return db
    .prepare(
      `SELECT c.code, c.job_id AS jobId, j.name AS jobName, c.subject_id AS subjectId, c.retired_at AS retiredAt,
              c.retired_job_name AS retiredJobName, c.activated_at AS activatedAt,
              c.card_of_subject AS cardOfSubject
       FROM access_codes c LEFT JOIN jobs j ON j.id = c.job_id WHERE c.code = ?`,
    )
    .get(code) as CodeRow | undefined;
}

/** The code a subject carries now. */
export function currentCodeOf(db: Db, subjectId: number): string {
  const row = db.prepare('SELECT code FROM access_codes WHERE subject_id = ?').get(subjectId) as { code: string } | undefined;
  if (!row) throw new Error(`subject ${subjectId} has no access code`);
  return row.code;
}

export function codeExists(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM access_codes WHERE code = ?').get(code) !== undefined;
}

/** Activates the given codes of the job, all or none: a code of another job rolls the whole call back. */
export function activateCodes(db: Db, jobId: number, codes: readonly string[]): string[] {
  const now = nowIso();
  const update = db.prepare(
    'UPDATE access_codes SET activated_at = coalesce(activated_at, ?) WHERE job_id = ? AND code = ? AND subject_id IS NOT NULL',
  );
  return db.transaction(() => {
    const missing = codes.filter((code) => update.run(now, jobId, code).changes === 0);
    if (missing.length > 0) throw new Error(`not codes of this job: ${missing.join(', ')}`);
    return [...codes];
  })();
}

/** Codes of the job with at least one visible, non-card photo linked to their subject. */
export function codesWithVisiblePhotos(db: Db, jobId: number): string[] {
  return (
    db
      .prepare(
        `SELECT c.code FROM access_codes c
         WHERE c.job_id = ? AND EXISTS (
           SELECT 1 FROM photo_subjects ps JOIN photos p ON p.id = ps.photo_id
           WHERE ps.subject_id = c.subject_id AND p.kind = 'photo' AND p.hidden = 0 AND p.error IS NULL)
         ORDER BY c.code`,
      )
      .all(jobId) as { code: string }[]
  ).map((row) => row.code);
}

/** Deactivates the given codes of the job, all or none: a code of another job rolls the whole call back. */
export function deactivateCodes(db: Db, jobId: number, codes: readonly string[]): string[] {
  const update = db.prepare('UPDATE access_codes SET activated_at = NULL WHERE job_id = ? AND code = ? AND subject_id IS NOT NULL');
  return db.transaction(() => {
    const missing = codes.filter((code) => update.run(jobId, code).changes === 0);
    if (missing.length > 0) throw new Error(`not codes of this job: ${missing.join(', ')}`);
    return [...codes];
  })();
}

/**
 * Gives the subject of `old` the code `next` (activated as `old` was) and retires `old`: the shop
 * no longer accepts it, no job ever gets it again, and its printed cards still stand for the
 * subject in the sort. Run inside the caller's transaction, one call per code.
 */
export function replaceCode(db: Db, jobId: number, jobName: string, old: string, next: string): void {
  const now = nowIso();
  const row = db
    .prepare('SELECT subject_id AS subjectId, activated_at AS activatedAt FROM access_codes WHERE job_id = ? AND code = ? AND subject_id IS NOT NULL')
    .get(jobId, old) as { subjectId: number; activatedAt: string | null } | undefined;
  if (!row) throw new Error(`${old} is no code of this job`);
  db.prepare(
    `UPDATE access_codes SET subject_id = NULL, activated_at = NULL, card_of_subject = ?, retired_at = ?, retired_job_name = ?
     WHERE code = ?`,
  ).run(row.subjectId, now, jobName, old);
  db.prepare('INSERT INTO access_codes (code, job_id, subject_id, activated_at, created_at) VALUES (?, ?, ?, ?, ?)').run(
    next,
    jobId,
    row.subjectId,
    row.activatedAt,
    now,
  );
}
