import { normaliseCode } from '../codes/code-shape.js';
import { currentCodeOf, findCode } from '../db/access-codes.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { quoteShort } from '../text/escape-control.js';
import { ConflictError, NotFoundError } from '../app/typed-errors.js';

/**
 * The subject of the job that owns `code`. A code is tied to one job for ever (design §1): another
 * job's code, or a deleted job's retired one, would put a pupil's photos where no parent of this
 * job can see them, or where the printed card no longer works; both are refused, saying why.
 */
export function subjectOfCode(db: Db, job: JobRow, text: string): { id: number; code: string } {
  const code = normaliseCode(text);
  if (code === null) throw new Error(`${quoteShort(text)} is not an access code (4 to 32 letters, digits and hyphens)`);
  const row = findCode(db, code);
  // A code the job was re-keyed from, typed off the old card in a photo: that card's pupil.
  if (row?.jobId === job.id && row.cardOfSubject !== null) return { id: row.cardOfSubject, code: currentCodeOf(db, row.cardOfSubject) };
  if (row?.jobName && row.jobId !== job.id) throw new ConflictError(`access code ${code} belongs to job "${row.jobName}", not to "${job.name}"`);
  if (row?.retiredAt) {
    throw new ConflictError(`access code ${code} was retired when job "${row.retiredJobName ?? '?'}" was deleted; its cards no longer open a gallery, so no photo can be given to it`);
  }
  if (!row || row.subjectId === null) throw new NotFoundError(`no subject of job "${job.name}" has the access code ${code}`);
  return { id: row.subjectId, code };
}
