import { nowIso, type Db } from '../db/open-db.js';
import type { PhotoDecision } from './photo-decisions.js';

/** One tagging change as history keeps it: the photos' decisions before and after. */
export interface TagChange {
  label: string;
  before: PhotoDecision[];
  after: PhotoDecision[];
}

export interface HistoryEntry {
  label: string;
  at: string;
  undone: boolean;
}

/**
 * Records a change in the caller's transaction, so history and change are stored together or not
 * at all. A new change after an undo drops what could have been redone, as every editor does.
 */
export function recordChange(db: Db, jobId: number, change: TagChange): void {
  db.prepare('DELETE FROM tag_history WHERE job_id = ? AND undone_at IS NOT NULL').run(jobId);
  db.prepare('INSERT INTO tag_history (job_id, action, payload, created_at) VALUES (?, ?, ?, ?)').run(
    jobId,
    change.label,
    JSON.stringify({ before: change.before, after: change.after }),
    nowIso(),
  );
}

/** Marks the newest change undone and returns it, or null when there is nothing to undo. */
export function takeUndo(db: Db, jobId: number): TagChange | null {
  const row = db.prepare('SELECT id, action, payload FROM tag_history WHERE job_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1').get(jobId);
  return mark(db, row as HistoryRow | undefined, nowIso());
}

/** Marks the oldest undone change done again and returns it, or null when there is nothing to redo. */
export function takeRedo(db: Db, jobId: number): TagChange | null {
  const row = db.prepare('SELECT id, action, payload FROM tag_history WHERE job_id = ? AND undone_at IS NOT NULL ORDER BY id LIMIT 1').get(jobId);
  return mark(db, row as HistoryRow | undefined, null);
}

export function listHistory(db: Db, jobId: number): HistoryEntry[] {
  const rows = db.prepare('SELECT action AS label, created_at AS at, undone_at AS undoneAt FROM tag_history WHERE job_id = ? ORDER BY id').all(jobId) as {
    label: string;
    at: string;
    undoneAt: string | null;
  }[];
  return rows.map(({ label, at, undoneAt }) => ({ label, at, undone: undoneAt !== null }));
}

interface HistoryRow {
  id: number;
  action: string;
  payload: string;
}

function mark(db: Db, row: HistoryRow | undefined, undoneAt: string | null): TagChange | null {
  if (!row) return null;
  db.prepare('UPDATE tag_history SET undone_at = ? WHERE id = ?').run(undoneAt, row.id);
  const { before, after } = JSON.parse(row.payload) as Pick<TagChange, 'before' | 'after'>;
  return { label: row.action, before, after };
}
