import type { Db } from '../db/open-db.js';
import { listHandDecidedPhotos } from '../db/photos.js';
import type { QrDetection } from '../qr/qr-types.js';
import type { ShootOrder } from '../sort/order-shoot.js';
import type { SortPhoto, UnreadableFile } from '../sort/sort-types.js';
import { groupBy } from '../sort/group-by.js';
import { withDecisions } from '../sort/with-decisions.js';
import { factsOrder } from './facts-order.js';
import { sortFacts } from './sort-facts.js';

/**
 * A card the photographer read for the decoder: the frame is that code's card held up (size unknown,
 * so never taken for one in the background), whatever the decoders made of it.
 */
function cardQr(code: string): QrDetection {
  return { codes: [code], sizes: [null], undecodable: false, cardLike: true };
}

export interface SortInput {
  photos: SortPhoto[];
  unreadable: UnreadableFile[];
  /** `photos` in shooting order, as orderShoot gives them: kept from the last read of the facts, decisions bound anew. */
  order: ShootOrder;
}

/**
 * The job's analysed photos as the split sees them: what scanning found (sort-facts.ts), with the
 * photographer's decisions read fresh on every call. Only the few photos with a decision are new
 * objects; the rest are the facts as read, which nothing downstream changes.
 */
export function loadSortInput(db: Db, jobId: number, folder: string): SortInput {
  return db.transaction((): SortInput => {
    const facts = sortFacts(db, jobId, folder);
    const manualRows = db
      .prepare(
        `SELECT ps.photo_id AS photoId, c.code FROM photo_subjects ps
         JOIN photos p ON p.id = ps.photo_id JOIN access_codes c ON c.subject_id = ps.subject_id
         WHERE p.job_id = ? AND ps.source IN ('manual', 'bulk') ORDER BY c.code`,
      )
      .all(jobId) as { photoId: number; code: string }[];
    const manual = groupBy(manualRows, (row) => row.photoId);
    const cardByHand = new Map(
      (
        db
          .prepare(
            `SELECT p.id AS photoId, c.code FROM photos p JOIN access_codes c ON c.subject_id = p.card_subject_by_hand
             WHERE p.job_id = ? AND p.card_subject_by_hand IS NOT NULL`,
          )
          .all(jobId) as { photoId: number; code: string }[]
      ).map((row) => [row.photoId, row.code]),
    );
    const byHand = new Map(listHandDecidedPhotos(db, jobId).map((row) => [row.id, row]));

    // Only the photos with a decision are looked at: on a big job they are a few among thousands.
    const photos: SortPhoto[] = [...facts.photos];
    for (const id of new Set([...manual.keys(), ...cardByHand.keys(), ...byHand.keys()])) {
      const index = facts.indexOf.get(id);
      const fact = index === undefined ? undefined : facts.photos[index];
      if (index === undefined || fact === undefined) continue;
      const codes = manual.get(id);
      const card = cardByHand.get(id);
      const decided = byHand.get(id);
      const photo: SortPhoto = { ...fact, qr: card === undefined ? fact.qr : cardQr(card), manualCodes: codes?.map((link) => link.code) ?? [] };
      if (decided?.hiddenByHand === 1) photo.hiddenByHand = true;
      if (decided?.keptUnassigned === 1) photo.keptUnassigned = true;
      photos[index] = photo;
    }
    return { photos, unreadable: [...facts.unreadable], order: withDecisions(factsOrder(facts), photos) };
  })();
}
