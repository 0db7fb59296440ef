import type { SplitLink, SplitResult, SplitReview } from '../sort/sort-types.js';
import { groupBy } from '../sort/group-by.js';
import { keptInOrder } from '../sort/kept-in-order.js';
import { spareLastName } from '../codes/spare-name.js';
import { nowIso, type Db } from './open-db.js';
import { countSpareSubjects, insertSubject } from './subjects.js';

/**
 * Stores one split of the job in a single transaction: spare subjects for new codes, card links,
 * card kinds (every frame that shows a card, accepted or held), index photos and the open review
 * items. Card links and open review items follow from the photos every time, so re-running is
 * idempotent; manual and bulk links are never touched. Each part is read from the store, compared
 * with the split, and only the difference is written: a change by hand moves a few links of a
 * 20,000-photo job, and rewriting all of them was most of its time. The store is read on every
 * call (another Shootdesk may have changed it), so what it holds afterwards is what rewriting
 * everything would leave, timestamps of unchanged rows aside.
 */
export function applySplit(db: Db, jobId: number, split: SplitResult): void {
  db.transaction(() => {
    let spares = countSpareSubjects(db, jobId);
    for (const code of split.newSpareCodes) {
      spares += 1;
      insertSubject(db, jobId, { firstName: 'Spare', lastName: spareLastName(spares), group: '', email: null, spare: true, code });
    }
    const subjectOf = codeSubjects(db, jobId);
    const now = nowIso();
    storeCardLinks(db, jobId, [...split.cards, ...split.links], subjectOf, now);
    storeCardKinds(db, jobId, split);
    storeIndexPhotos(db, jobId, split.indexPhotos, subjectOf);
    storeReview(db, jobId, split.review, now);
  })();
}

/** The subject each code of the job opens. */
function codeSubjects(db: Db, jobId: number): Map<string, number> {
  // A code a re-key replaced stands for its subject still: the cards in the shoot carry it.
  const rows = db
    .prepare('SELECT code, coalesce(subject_id, card_of_subject) FROM access_codes WHERE job_id = ? AND coalesce(subject_id, card_of_subject) IS NOT NULL')
    .raw()
    .all(jobId) as [string, number][];
  return new Map(rows);
}

function storeCardLinks(db: Db, jobId: number, links: readonly SplitLink[], subjectOf: ReadonlyMap<string, number>, now: string): void {
  const wanted = links.map(({ photoId, code }): [number, number] => {
    const subjectId = subjectOf.get(code);
    if (subjectId === undefined) throw new Error(`split linked photo ${photoId} to ${code}, which is not a code of this job`);
    return [photoId, subjectId];
  });
  wanted.sort(byPair);
  const stored = db
    .prepare(`SELECT ps.photo_id, ps.subject_id FROM photo_subjects ps JOIN photos p ON p.id = ps.photo_id WHERE p.job_id = ? AND ps.source = 'card'`)
    .raw()
    .all(jobId) as [number, number][];
  stored.sort(byPair);
  const unlink = db.prepare(`DELETE FROM photo_subjects WHERE photo_id = ? AND subject_id = ? AND source = 'card'`);
  // A photo the photographer linked to the same subject by hand keeps that link as it is.
  const link = db.prepare(
    `INSERT INTO photo_subjects (photo_id, subject_id, source, created_at) VALUES (?, ?, 'card', ?)
     ON CONFLICT (photo_id, subject_id) DO NOTHING`,
  );
  // Both lists in one order, walked side by side: 20,000 links compared without a key string each.
  let w = 0;
  let s = 0;
  while (w < wanted.length || s < stored.length) {
    const want = wanted[w];
    const have = stored[s];
    const order = want === undefined ? 1 : have === undefined ? -1 : byPair(want, have);
    if (order === 0) {
      w += 1;
      s += 1;
    } else if (order < 0 && want !== undefined) {
      // Two codes of one subject on a frame (a re-keyed card and the new one) make one link.
      if (w === 0 || byPair(want, wanted[w - 1] as [number, number]) !== 0) link.run(want[0], want[1], now);
      w += 1;
    } else if (have !== undefined) {
      unlink.run(have[0], have[1]);
      s += 1;
    }
  }
}

function byPair(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * Only photos whose kind changes are touched, and a photo hidden or shown by hand stays so; photos
 * the photographer linked by hand keep whatever kind they have.
 */
function storeCardKinds(db: Db, jobId: number, split: SplitResult): void {
  const cardIds = new Set(split.cardFrames);
  const manualIds = new Set(split.manual);
  const formerCards = new Set(db.prepare(`SELECT id FROM photos WHERE job_id = ? AND kind = 'card'`).pluck().all(jobId) as number[]);
  const unmarkCard = db.prepare(`UPDATE photos SET kind = 'photo', hidden = coalesce(hidden_by_hand, 0) WHERE id = ?`);
  for (const id of formerCards) if (!cardIds.has(id) && !manualIds.has(id)) unmarkCard.run(id);
  const markCard = db.prepare(`UPDATE photos SET kind = 'card', hidden = coalesce(hidden_by_hand, 1) WHERE id = ? AND kind = 'photo'`);
  for (const id of cardIds) if (!formerCards.has(id)) markCard.run(id);
}

/** The index photo is stored so the gallery's cover does not depend on re-running the split. */
function storeIndexPhotos(db: Db, jobId: number, indexPhotos: readonly SplitLink[], subjectOf: ReadonlyMap<string, number>): void {
  const wanted = new Map<number, number>();
  // Two codes of one subject (a re-keyed card and the new one): the later cover wins.
  for (const { photoId, code } of indexPhotos) {
    const subjectId = subjectOf.get(code);
    if (subjectId !== undefined) wanted.set(subjectId, photoId);
  }
  const stored = db.prepare('SELECT id, index_photo_id FROM subjects WHERE job_id = ?').raw().all(jobId) as [number, number | null][];
  const setIndex = db.prepare('UPDATE subjects SET index_photo_id = ? WHERE id = ?');
  for (const [subjectId, photoId] of stored) {
    const index = wanted.get(subjectId) ?? null;
    if (index !== photoId) setIndex.run(index, subjectId);
  }
}

/** Open review items are listed in id order (build-report.ts): an unchanged one stays only where that order still holds. */
function storeReview(db: Db, jobId: number, review: readonly SplitReview[], now: string): void {
  const items = db.prepare('SELECT id, reason, message FROM review_items WHERE job_id = ? AND resolved_at IS NULL ORDER BY id').raw().all(jobId) as [number, string, string][];
  const photoRows = db
    .prepare(
      `SELECT rp.review_id, rp.photo_id FROM review_item_photos rp JOIN review_items r ON r.id = rp.review_id
       WHERE r.job_id = ? AND r.resolved_at IS NULL ORDER BY rp.review_id, rp.position`,
    )
    .raw()
    .all(jobId) as [number, number][];
  const photosOf = groupBy(photoRows, ([reviewId]) => reviewId);
  const storedKeys = items.map(([id, reason, message]) => reviewKey(reason, message, (photosOf.get(id) ?? []).map(([, photoId]) => photoId)));
  const kept = keptInOrder(storedKeys, review.map((item) => reviewKey(item.reason, item.message, item.photoIds)));
  const keep = new Set(kept);
  const remove = db.prepare('DELETE FROM review_items WHERE id = ?');
  items.forEach(([id], index) => {
    if (!keep.has(index)) remove.run(id);
  });

  const addItem = db.prepare('INSERT INTO review_items (job_id, reason, message, created_at) VALUES (?, ?, ?, ?)');
  const addPhoto = db.prepare('INSERT INTO review_item_photos (review_id, photo_id, position) VALUES (?, ?, ?)');
  for (const item of review.slice(kept.length)) {
    const reviewId = Number(addItem.run(jobId, item.reason, item.message, now).lastInsertRowid);
    item.photoIds.forEach((photoId, position) => addPhoto.run(reviewId, photoId, position));
  }
}

function reviewKey(reason: string, message: string, photoIds: readonly number[]): string {
  return `${reason}\n${message}\n${photoIds.join(',')}`;
}
