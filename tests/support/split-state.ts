import type { Db } from '../../electron/core/db/open-db.js';

/** Everything a split stores, without ids of review items and timestamps (neither says what a parent sees). */
export function dumpSplitState(db: Db): unknown {
  return {
    links: db.prepare('SELECT photo_id, subject_id, source FROM photo_subjects ORDER BY photo_id, subject_id').raw().all(),
    kinds: db.prepare('SELECT id, kind, hidden FROM photos ORDER BY id').raw().all(),
    indexPhotos: db.prepare('SELECT id, index_photo_id FROM subjects ORDER BY id').raw().all(),
    review: db
      .prepare(
        `SELECT r.reason, r.message, (SELECT group_concat(photo_id || '@' || position) FROM
           (SELECT photo_id, position FROM review_item_photos WHERE review_id = r.id ORDER BY position)) AS photos
         FROM review_items r WHERE r.resolved_at IS NULL ORDER BY r.id`,
      )
      .raw()
      .all(),
  };
}
