import type { Db } from '../db/open-db.js';
import { findCode } from '../db/access-codes.js';
import { countNamedSubjects } from '../db/subjects.js';
import { isGeneratedCode } from '../codes/code-shape.js';
import type { CodeStatus } from '../sort/sort-types.js';

/**
 * What a card's code means for this job. With a names list, only its codes open a gallery; without
 * one (blank cards), a well-formed new code creates a spare subject.
 */
export function codeClassifier(db: Db, jobId: number): (code: string) => CodeStatus {
  const hasNamesList = countNamedSubjects(db, jobId) > 0;
  return (code) => {
    const row = findCode(db, code);
    if (row?.jobId === jobId && row.subjectId !== null) return { kind: 'subject' };
    if (row?.retiredAt) return { kind: 'retired', job: row.retiredJobName ?? '' };
    if (row?.jobName) return { kind: 'other-job', job: row.jobName };
    if (!hasNamesList && isGeneratedCode(code)) return { kind: 'new-spare' };
    return { kind: 'unknown' };
  };
}
