import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { loadSortInput } from '../jobs/load-sort-input.js';
import { splitJob } from '../jobs/split-job.js';
import { shootingOrder } from '../sort/shooting-order.js';
import { addSpares } from './add-spares.js';
import { bulkSpans } from '../../../shared/tagging/bulk-spans.js';
import { findPhotos, photoIdsOf } from './find-photos.js';
import { readDecisions, writeDecisions, type PhotoDecision } from './photo-decisions.js';
import { subjectOfCode } from './target-subject.js';
import { recordChange, takeRedo, takeUndo } from './tag-history.js';

export type AssignTarget = { code: string } | { newSpare: true };

/** "A new subject starts at this photo": of this code, or (null) of a new spare subject. */
export interface BulkMarkInput {
  photo: string;
  code: string | null;
}

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

/**
 * Keeps the named photos in no gallery on purpose (a teacher, the set before the first pupil): they
 * leave review and the photos before a card, and no split gives them to anyone; `keep` false lets
 * the split place them again.
 */
export function keepUnassigned(db: Db, job: JobRow, folder: string, names: readonly string[], keep: boolean): { photos: number } {
  return db.transaction(() => {
    const ids = findPhotos(db, job.id, folder, names);
    change(db, job, folder, ids, `${keep ? 'keep' : 'release'} ${plural(ids.length)}${keep ? ' unassigned' : ''}`, (before) => ({ ...before, links: keep ? [] : before.links, keptUnassigned: keep }));
    return { photos: ids.length };
  }).immediate();
}

/**
 * "This frame is the card of that code": for a card the decoders could not read. The split is redone
 * with the frame read as that card, so the photos after it follow it to the next card, as if the
 * code had been read; the frame itself is a card, hidden from customers. Returns how many photos the
 * subject's gallery then shows.
 */
export function markCard(db: Db, job: JobRow, folder: string, name: string, code: string): { code: string; photos: number } {
  return db.transaction(() => {
    const ids = findPhotos(db, job.id, folder, [name]);
    const subject = subjectOfCode(db, job, code);
    change(db, job, folder, ids, `read ${name} as the card of ${subject.code}`, (before) => ({ ...before, links: [], hiddenByHand: null, cardSubjectId: subject.id }));
    const { photos } = db
      .prepare(`SELECT count(*) AS photos FROM photo_subjects ps JOIN photos p ON p.id = ps.photo_id WHERE ps.subject_id = ? AND p.kind = 'photo' AND p.hidden = 0 AND p.error IS NULL`)
      .get(subject.id) as { photos: number };
    return { code: subject.code, photos };
  }).immediate();
}

/**
 * Merges one subject's gallery into another's (one pupil photographed twice, under two cards): every
 * photo of `from` goes to `into` by hand, and the frames that show from's card are read as into's
 * card, so a later sort or watch pass keeps what follows them with `into`. `from` keeps its code
 * (a code belongs to its job for ever), now with no photos. One change, undone as one.
 */
export function mergeSubjects(db: Db, job: JobRow, folder: string, fromCode: string, intoCode: string): { from: string; code: string; photos: number } {
  return db.transaction(() => {
    const from = subjectOfCode(db, job, fromCode);
    const into = subjectOfCode(db, job, intoCode);
    if (from.id === into.id) throw new Error(`${from.code} cannot be merged into itself; pick the other subject's gallery`);
    const frames = db
      .prepare(
        `SELECT p.id, (p.kind = 'card' AND ps.source = 'card') OR p.card_subject_by_hand = ? AS isCard
           FROM photos p LEFT JOIN photo_subjects ps ON ps.photo_id = p.id AND ps.subject_id = ?
          WHERE p.job_id = ? AND p.error IS NULL AND (ps.subject_id IS NOT NULL OR p.card_subject_by_hand = ?)
          ORDER BY p.id`,
      )
      .all(from.id, from.id, job.id, from.id) as { id: number; isCard: 0 | 1 }[];
    const cards = new Set(frames.filter((frame) => frame.isCard === 1).map((frame) => frame.id));
    const moved = frames.length - cards.size;
    if (moved === 0) throw new Error(`${from.code} has no photos to merge into ${into.code}`);
    change(db, job, folder, frames.map((frame) => frame.id), `merge ${from.code} into ${into.code} (${plural(moved)})`, (before) => {
      const others = before.links.filter((link) => link.subjectId !== from.id && link.subjectId !== into.id);
      return cards.has(before.photoId)
        ? { ...before, links: others, cardSubjectId: into.id }
        : { ...before, links: [...others, { subjectId: into.id, source: 'manual' }] };
    });
    return { from: from.code, code: into.code, photos: moved };
  }).immediate();
}

/**
 * Tags a stretch of the shoot by hand (a shoot without cards, or a part of one): each mark starts a
 * subject, which runs in its camera's shooting order to the photo before the next mark (bulk-spans.ts).
 * One change, undone as one; the photos' links are the subject's alone, like an assignment's.
 */
export function bulkTag(db: Db, job: JobRow, folder: string, marks: readonly BulkMarkInput[]): { subjects: { code: string; photos: number }[] } {
  return db.transaction(() => {
    const ids = photoIdsOf(db, job.id, folder, marks.map((mark) => mark.photo));
    const streams = shootingOrder(loadSortInput(db, job.id, folder).order).map((stream) => stream.map((photo) => photo.id));
    const result = bulkSpans(streams, marks.map((mark, i) => ({ photoId: ids[i] ?? 0, target: mark.code })));
    if (!result.ok) {
      const nameOf = (id: number): string => marks[ids.indexOf(id)]?.photo ?? String(id);
      if (result.twice.length > 0) throw new Error(`marked twice: ${result.twice.map(nameOf).join(', ')}; keep one mark per photo`);
      throw new Error(`${result.outside.map(nameOf).join(', ')}: a copy of another photo, which counts instead; mark that one`);
    }
    const subjects = result.spans.map((span) => ({
      span,
      subject: span.target === null ? (addSpares(db, job.id, 1)[0] as { id: number; code: string }) : subjectOfCode(db, job, span.target),
    }));
    const subjectOf = new Map(subjects.flatMap(({ span, subject }) => span.photoIds.map((id) => [id, subject.id] as const)));
    const photos = [...subjectOf.keys()];
    change(db, job, folder, photos, `bulk-tag ${plural(photos.length)} into ${subjects.length} subject${subjects.length === 1 ? '' : 's'}`, (before) => ({
      ...before,
      links: [{ subjectId: subjectOf.get(before.photoId) ?? 0, source: 'bulk' }],
    }));
    return { subjects: subjects.map(({ span, subject }) => ({ code: subject.code, photos: span.photoIds.length })) };
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
