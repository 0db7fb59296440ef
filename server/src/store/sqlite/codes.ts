import { activationNotFound, judgeCodeClaim } from '../rules/code-rules.js';
import { nowIso, type Db } from './open.js';

interface CodeRow {
  code: string;
  job_id: number;
  subject_id: number | null;
  activated: 0 | 1;
  retired_at: string | null;
}

export function findCode(db: Db, code: string): CodeRow | undefined {
  return db.prepare('SELECT * FROM codes WHERE code = ?').get(code) as CodeRow | undefined;
}

/** Gives a subject its code (code-rules.ts says when it may), retiring the one it had. */
export function assignCode(db: Db, jobId: number, subjectId: number, code: string): void {
  const held = findCode(db, code);
  if (judgeCodeClaim(code, held && { subjectId: held.subject_id, retired: held.retired_at !== null }, subjectId) === 'keep') return;
  db.prepare('UPDATE codes SET retired_at = ?, subject_id = NULL WHERE subject_id = ?').run(nowIso(), subjectId);
  db.prepare('INSERT INTO codes (code, job_id, subject_id) VALUES (?, ?, ?)').run(code, jobId, subjectId);
}

export function setActivation(db: Db, jobId: number, jobClientId: string, code: string, activated: boolean): { code: string; activated: boolean } {
  const changed = db
    .prepare('UPDATE codes SET activated = ? WHERE code = ? AND job_id = ? AND retired_at IS NULL')
    .run(activated ? 1 : 0, code, jobId);
  if (changed.changes === 0) throw activationNotFound(code, jobClientId);
  return { code, activated };
}
