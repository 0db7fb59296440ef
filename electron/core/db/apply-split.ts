import type { SplitResult } from '../sort/sort-types.js';
import { spareLastName } from '../codes/spare-name.js';
import { nowIso, type Db } from './open-db.js';
import { countSpareSubjects, insertSubject } from './subjects.js';

/**
 * Stores one split of the job in a single transaction: spare subjects for new codes, card links,
 * card kinds (every frame that shows a card, accepted or held), index photos and the open review items. Card links and open review items are recomputed from the
 * photos every time, so re-running is idempotent; manual and bulk links are never touched.
 */
export function applySplit(db: Db, jobId: number, split: SplitResult): void {
  db.transaction(() => {
    let spares = countSpareSubjects(db, jobId);
    for (const code of split.newSpareCodes) {
      spares += 1;
      insertSubject(db, jobId, { firstName: 'Spare', lastName: spareLastName(spares), group: '', email: null, spare: true, code });
    }

    db.prepare(
      `DELETE FROM photo_subjects WHERE source = 'card' AND photo_id IN (SELECT id FROM photos WHERE job_id = ?)`,
    ).run(jobId);
    // A code a re-key replaced stands for its subject still: the cards in the shoot carry it.
    const subjectOf = db.prepare('SELECT coalesce(subject_id, card_of_subject) AS id FROM access_codes WHERE job_id = ? AND code = ?');
    const link = db.prepare(
      `INSERT INTO photo_subjects (photo_id, subject_id, source, created_at) VALUES (?, ?, 'card', ?)
       ON CONFLICT (photo_id, subject_id) DO NOTHING`,
    );
    const now = nowIso();
    for (const { photoId, code } of [...split.cards, ...split.links]) {
      const subject = subjectOf.get(jobId, code) as { id: number | null } | undefined;
      if (!subject?.id) throw new Error(`split linked photo ${photoId} to ${code}, which is not a code of this job`);
      link.run(photoId, subject.id, now);
    }

    // Only photos whose kind changes are touched, and a photo hidden or shown by hand stays so;
    // photos the photographer linked by hand keep whatever kind they have.
    const cardIds = new Set(split.cardFrames);
    const manualIds = new Set(split.manual);
    const formerCards = db.prepare(`SELECT id FROM photos WHERE job_id = ? AND kind = 'card'`).all(jobId) as { id: number }[];
    const unmarkCard = db.prepare(`UPDATE photos SET kind = 'photo', hidden = coalesce(hidden_by_hand, 0) WHERE id = ?`);
    for (const { id } of formerCards) if (!cardIds.has(id) && !manualIds.has(id)) unmarkCard.run(id);
    const markCard = db.prepare(`UPDATE photos SET kind = 'card', hidden = coalesce(hidden_by_hand, 1) WHERE id = ? AND kind = 'photo'`);
    for (const id of cardIds) markCard.run(id);

    // The index photo is stored so the gallery's cover does not depend on re-running the split.
    db.prepare('UPDATE subjects SET index_photo_id = NULL WHERE job_id = ?').run(jobId);
    const setIndex = db.prepare(
      'UPDATE subjects SET index_photo_id = ? WHERE id = (SELECT coalesce(subject_id, card_of_subject) FROM access_codes WHERE job_id = ? AND code = ?)',
    );
    for (const { photoId, code } of split.indexPhotos) setIndex.run(photoId, jobId, code);

    db.prepare('DELETE FROM review_items WHERE job_id = ? AND resolved_at IS NULL').run(jobId);
    const addItem = db.prepare('INSERT INTO review_items (job_id, reason, message, created_at) VALUES (?, ?, ?, ?)');
    const addPhoto = db.prepare('INSERT INTO review_item_photos (review_id, photo_id, position) VALUES (?, ?, ?)');
    for (const item of split.review) {
      const reviewId = Number(addItem.run(jobId, item.reason, item.message, now).lastInsertRowid);
      item.photoIds.forEach((photoId, position) => addPhoto.run(reviewId, photoId, position));
    }
  })();
}
