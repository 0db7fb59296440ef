import { Refusal } from '../../refusal.js';
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

/**
 * Gives a subject its code. A code is unique across the server and never used again once retired; a
 * subject's previous code is retired when it gets another (a re-key), as the desktop does.
 */
export function assignCode(db: Db, jobId: number, subjectId: number, code: string): void {
  const held = findCode(db, code);
  if (held?.subject_id === subjectId) return;
  if (held?.retired_at) throw new Refusal(409, 'code-retired', `code ${code} is retired and can never be used again`);
  if (held) throw new Refusal(409, 'code-taken', `code ${code} already belongs to another subject`);
  db.prepare('UPDATE codes SET retired_at = ?, subject_id = NULL WHERE subject_id = ?').run(nowIso(), subjectId);
  db.prepare('INSERT INTO codes (code, job_id, subject_id) VALUES (?, ?, ?)').run(code, jobId, subjectId);
}

export function setActivation(db: Db, jobId: number, jobClientId: string, code: string, activated: boolean): { code: string; activated: boolean } {
  const changed = db
    .prepare('UPDATE codes SET activated = ? WHERE code = ? AND job_id = ? AND retired_at IS NULL')
    .run(activated ? 1 : 0, code, jobId);
  if (changed.changes === 0) throw new Refusal(404, 'not-found', `code ${code} not found in job ${jobClientId}`);
  return { code, activated };
}
