import { activationNotFound, judgeCodeClaim } from '../rules/code-rules.js';
import { nowIso, one, type Sql } from './pool.js';

/** Gives a subject its code (code-rules.ts says when it may), retiring the one it had. */
export async function assignCode(sql: Sql, jobId: number, subjectId: number, code: string): Promise<void> {
  const held = await one<{ subjectId: number | null; retired: boolean }>(
    sql,
    'SELECT subject_id AS "subjectId", retired_at IS NOT NULL AS retired FROM codes WHERE code = $1',
    [code],
  );
  if (judgeCodeClaim(code, held, subjectId) === 'keep') return;
  await sql.query('UPDATE codes SET retired_at = $1, subject_id = NULL WHERE subject_id = $2', [nowIso(), subjectId]);
  await sql.query('INSERT INTO codes (code, job_id, subject_id) VALUES ($1, $2, $3)', [code, jobId, subjectId]);
}

export async function setActivation(sql: Sql, jobId: number, jobClientId: string, code: string, activated: boolean): Promise<{ code: string; activated: boolean }> {
  const changed = await sql.query('UPDATE codes SET activated = $1 WHERE code = $2 AND job_id = $3 AND retired_at IS NULL', [activated, code, jobId]);
  if (changed.rowCount === 0) throw activationNotFound(code, jobClientId);
  return { code, activated };
}
