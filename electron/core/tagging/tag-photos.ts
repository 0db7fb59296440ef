import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { splitJob } from '../jobs/split-job.js';
import { addSpares } from './add-spares.js';
import { findPhotos } from './find-photos.js';
import { readDecisions, writeDecisions, type PhotoDecision } from './photo-decisions.js';
import { subjectOfCode } from './target-subject.js';
import { recordChange, takeRedo, takeUndo } from './tag-history.js';

export type AssignTarget = { code: string } | { newSpare: true };

/**
 * Every change by hand: one transaction holding the photos' new decisions, the history row and the
 * split redone from them, so galleries, review and hidden cards never lag behind a decision, and a
 * crash leaves either all of it or none.
 */
function change(db: Db, job: JobRow, folder: string, photoIds: readonly number[], label: string, decide: (before: PhotoDecision) => PhotoDecision): void {
  const before = readDecisions(db, photoIds);
  const after = before.map(decide);
  writeDecisions(db, after);
  recordChange(db, job.id, { label, before, after });
  splitJob(db, job, folder);
}

/** Gives the named photos to one subject, and to it alone: a card's link or another hand link goes. */
export function assignPhotos(db: Db, job: JobRow, folder: string, names: readonly string[], target: AssignTarget): { code: string; photos: number } {
  return db.transaction(() => {
    const ids = findPhotos(db, job.id, folder, names);
    const subject = 'code' in target ? subjectOfCode(db, job, target.code) : (addSpares(db, job.id, 1)[0] as { id: number; code: string });
    const label = `assign ${plural(ids.length)} to ${subject.code}`;
    change(db, job, folder, ids, label, (before) => ({ ...before, links: [{ subjectId: subject.id, source: 'manual' }] }));
    return { code: subject.code, photos: ids.length };
  }).immediate();
}

/** Hides the named photos from every gallery, or shows them (a card frame too, on purpose). */
export function setPhotosHidden(db: Db, job: JobRow, folder: string, names: readonly string[], hidden: boolean): { photos: number } {
  return db.transaction(() => {
    const ids = findPhotos(db, job.id, folder, names);
    change(db, job, folder, ids, `${hidden ? 'hide' : 'show'} ${plural(ids.length)}`, (before) => ({ ...before, hiddenByHand: hidden ? 1 : 0 }));
    return { photos: ids.length };
  }).immediate();
}

/** Undoes the job's newest change (`redo` false) or redoes the oldest undone one; returns its label, or null. */
export function stepHistory(db: Db, job: JobRow, folder: string, redo: boolean): string | null {
  return db.transaction(() => {
    const step = redo ? takeRedo(db, job.id) : takeUndo(db, job.id);
    if (!step) return null;
    writeDecisions(db, redo ? step.after : step.before);
    splitJob(db, job, folder);
    return step.label;
  }).immediate();
}

function plural(n: number): string {
  return `${n} photo${n === 1 ? '' : 's'}`;
}
