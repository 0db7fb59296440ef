import type { SyncProblem } from '../../../shared/api/sync-status.js';
import type { Db } from '../db/open-db.js';

export interface OutboxFigures {
  pending: number;
  photos: number;
  bytesPending: number;
}

/** Problems listed at most in a status: a revoked token may have refused thousands of changes, all alike. */
export const LISTED_PROBLEMS = 100;

/**
 * What the outbox still holds for the shop. Bytes count the originals of the photos whose bytes go
 * (shown in a gallery): resized copies are smaller, so the time left errs on the long side.
 */
export function outboxFigures(db: Db): OutboxFigures {
  return db
    .prepare(
      `SELECT count(*) AS pending, count(p.id) AS photos,
         coalesce(sum(CASE WHEN p.kind = 'photo' AND p.hidden = 0 AND EXISTS (SELECT 1 FROM photo_subjects ps WHERE ps.photo_id = p.id) THEN p.size END), 0) AS bytesPending
       FROM outbox o LEFT JOIN photos p ON o.kind = 'photo' AND p.id = o.entity_id
       WHERE o.problem IS NULL`,
    )
    .get() as OutboxFigures;
}

/** Photo uploads begun at the shop and not finished: each goes on from the bytes the shop has. */
export function uploadsUnderWay(db: Db): number {
  return db.prepare('SELECT count(*) FROM sync_uploads').pluck().get() as number;
}

/** Marks the shop would take now (refused ones and those waiting for a retry not counted). */
export function dueMarks(db: Db, now: string): number {
  return db.prepare('SELECT count(*) FROM outbox WHERE problem IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?)').pluck().get(now) as number;
}

/** The changes the shop refused, first first, each named so she can find it, with the shop's why. */
export function outboxProblems(db: Db, limit = LISTED_PROBLEMS): { problems: SyncProblem[]; count: number } {
  const rows = db
    .prepare(
      `SELECT o.seq AS id, o.kind, o.problem AS why, j.name AS job, s.first_name AS firstName, s.last_name AS lastName, c.code, p.rel_path AS relPath
       FROM outbox o
       LEFT JOIN subjects s ON o.kind = 'subject' AND s.id = o.entity_id
       LEFT JOIN access_codes c ON c.subject_id = s.id
       LEFT JOIN photos p ON o.kind = 'photo' AND p.id = o.entity_id
       LEFT JOIN jobs j ON j.id = CASE o.kind WHEN 'job' THEN o.entity_id WHEN 'subject' THEN s.job_id WHEN 'photo' THEN p.job_id END
       WHERE o.problem IS NOT NULL ORDER BY o.seq LIMIT ?`,
    )
    .all(limit) as ProblemRow[];
  const count = db.prepare('SELECT count(*) FROM outbox WHERE problem IS NOT NULL').pluck().get() as number;
  return { problems: rows.map((row) => ({ id: row.id, kind: row.kind, what: whatOf(row), why: row.why })), count };
}

/** Sends refused changes again: those of `ids`, or every one. Returns how many. */
export function retryProblems(db: Db, ids?: readonly number[]): number {
  if (ids === undefined) return db.prepare('UPDATE outbox SET problem = NULL, attempts = 0, next_attempt_at = NULL WHERE problem IS NOT NULL').run().changes;
  const retry = db.prepare('UPDATE outbox SET problem = NULL, attempts = 0, next_attempt_at = NULL WHERE seq = ? AND problem IS NOT NULL');
  return db.transaction(() => ids.reduce((n, id) => n + retry.run(id).changes, 0))();
}

/** Marks waiting for a retry go now: she resumed the sync, or set it up anew. */
export function makeWaitingDue(db: Db): void {
  db.prepare('UPDATE outbox SET next_attempt_at = NULL WHERE problem IS NULL AND next_attempt_at IS NOT NULL').run();
}

interface ProblemRow {
  id: number;
  kind: 'job' | 'job-deleted' | 'subject' | 'photo';
  why: string;
  job: string | null;
  firstName: string | null;
  lastName: string | null;
  code: string | null;
  relPath: string | null;
}

function whatOf(row: ProblemRow): string {
  const ofJob = row.job === null ? '' : ` of job “${row.job}”`;
  switch (row.kind) {
    case 'job':
      return `job “${row.job ?? '?'}”`;
    case 'job-deleted':
      return 'a deleted job';
    case 'subject':
      return `${[row.firstName, row.lastName].filter(Boolean).join(' ')} (${row.code ?? 'no code'})${ofJob}`;
    case 'photo':
      return `${row.relPath ?? 'a photo'}${ofJob}`;
  }
}
