import type { SparesTarget } from '../../../shared/codes/spares-target.js';
import type { Db } from '../db/open-db.js';
import { countSpareSubjects } from '../db/subjects.js';
import { addSpares } from '../tagging/add-spares.js';

/** Spares a job gets unless told otherwise: a tenth of the list, for pupils who were not on it. */
export const DEFAULT_SPARES: SparesTarget = { percent: 10 };

export interface ToppedUp {
  /** Codes of the spares added now, in order. */
  added: string[];
  /** Spares the job has now. */
  spares: number;
  /** Subjects of the names list (not spares). */
  listed: number;
}

/**
 * Brings the job's spare subjects up to the target, each with a fresh code of `codeLength` unused by
 * any job (retired codes included). Running it again adds none: the target is how many the job
 * should have, not how many to add, so printing cards twice never doubles the walk-up cards.
 */
export function topUpSpares(db: Db, jobId: number, target: SparesTarget, codeLength: number): ToppedUp {
  return db.transaction(() => {
    const spares = countSpareSubjects(db, jobId);
    const { listed } = db.prepare('SELECT count(*) AS listed FROM subjects WHERE job_id = ? AND spare = 0').get(jobId) as { listed: number };
    const wanted = 'count' in target ? target.count : Math.ceil((listed * target.percent) / 100);
    const added = addSpares(db, jobId, Math.max(0, wanted - spares), codeLength).map((spare) => spare.code);
    return { added, spares: spares + added.length, listed };
  })();
}
