import type { Db } from '../db/open-db.js';
import { findCode } from '../db/access-codes.js';
import { listNamedCodes } from '../db/subjects.js';
import { codeFormatOf, describeCodeFormat, fitsCodeFormat } from '../codes/code-format.js';
import type { CodeStatus } from '../sort/sort-types.js';

/**
 * What a card's code means for this job. A code known anywhere (this job's, another job's, retired)
 * is one, whatever it looks like: such a card must hold its photos, never be passed over as a poster.
 * Any other candidate is a code only in the job's format; then, with a names list it is unknown (held),
 * without one (blank cards) it creates a spare subject.
 */
export function codeClassifier(db: Db, jobId: number): (code: string) => CodeStatus {
  const listCodes = listNamedCodes(db, jobId);
  const format = codeFormatOf(listCodes);
  const hasNamesList = listCodes.length > 0;
  // Nearly every code a shoot shows is one of the job's own: one query for all of them, not one per code.
  // A code a re-key replaced is retired for the shop, but its printed card still shows the pupil.
  const ownCodes = new Set(
    db.prepare('SELECT code FROM access_codes WHERE job_id = ? AND coalesce(subject_id, card_of_subject) IS NOT NULL').pluck().all(jobId) as string[],
  );
  return (code) => {
    if (ownCodes.has(code)) return { kind: 'subject' };
    const row = findCode(db, code);
    // Before retired: a code another job was re-keyed from is retired, but that job lives on.
    if (row?.jobName) return { kind: 'other-job', job: row.jobName };
    if (row?.retiredAt) return { kind: 'retired', job: row.retiredJobName ?? '' };
    if (!fitsCodeFormat(format, code)) return { kind: 'not-a-code', why: describeCodeFormat(format) };
    return hasNamesList ? { kind: 'unknown' } : { kind: 'new-spare' };
  };
}
