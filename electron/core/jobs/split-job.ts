import { applySplit } from '../db/apply-split.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { splitInOrder } from '../sort/split-by-cards.js';
import { codeClassifier } from './classify-code.js';
import { loadSortInput } from './load-sort-input.js';

/**
 * Splits the job's analysed photos at their cards and stores the result: after a sort, and after
 * every change by hand, so galleries, review and hidden cards always follow from the photos and the
 * photographer's decisions (which the split keeps). No image is read: it takes the store alone.
 * `folder` names the photos in review messages, as the report does. Reading and writing are one
 * write transaction, so a decision another Shootdesk stores meanwhile (a fix in the window while
 * `sort` runs in a terminal) lands wholly before the split or after it, never lost between.
 */
export function splitJob(db: Db, job: JobRow, folder: string): void {
  db.transaction(() => {
    const input = loadSortInput(db, job.id, folder);
    // A pause set by the photographer is the threshold itself: the rhythm may not lower it.
    const pause = job.subjectPauseMs === null ? {} : { suspiciousGapMs: job.subjectPauseMs, minSuspiciousGapMs: job.subjectPauseMs };
    applySplit(db, job.id, splitInOrder(input.order, codeClassifier(db, job.id), pause));
  }).immediate();
}
