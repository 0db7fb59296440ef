import { nowIso, type Db } from '../db/open-db.js';

/** What the photographer decided for one photo: the only state a tagging change writes, and undoes. */
export interface PhotoDecision {
  photoId: number;
  /** Subjects linked by hand ('manual') or by a bulk tagging ('bulk'); the sort never changes these. */
  links: { subjectId: number; source: 'manual' | 'bulk' }[];
  /** Hidden (1) or shown (0) by hand; null: as the frame's kind says (a card hidden, a photo shown). */
  hiddenByHand: 0 | 1 | null;
  /**
   * The subject whose card this frame is, by hand (a card no decoder could read); null: as decoded.
   * Absent in history rows written before it existed, which is the same as null.
   */
  cardSubjectId?: number | null;
  /** Kept in no gallery on purpose, out of review; absent in older history rows (false). */
  keptUnassigned?: boolean;
}

export function readDecisions(db: Db, photoIds: readonly number[]): PhotoDecision[] {
  const links = db.prepare(`SELECT subject_id AS subjectId, source FROM photo_subjects WHERE photo_id = ? AND source IN ('manual', 'bulk') ORDER BY subject_id`);
  const own = db.prepare('SELECT hidden_by_hand AS hiddenByHand, card_subject_by_hand AS cardSubjectId, kept_unassigned AS kept FROM photos WHERE id = ?');
  return photoIds.map((photoId) => {
    const { hiddenByHand, cardSubjectId, kept } = own.get(photoId) as { hiddenByHand: 0 | 1 | null; cardSubjectId: number | null; kept: 0 | 1 };
    return { photoId, links: links.all(photoId) as PhotoDecision['links'], hiddenByHand, cardSubjectId, keptUnassigned: kept === 1 };
  });
}

/**
 * Stores the decisions as they are given (the caller's transaction). A link by hand replaces the
 * card's link to the same subject; the card links of the other photos are the next split's to set.
 */
export function writeDecisions(db: Db, decisions: readonly PhotoDecision[]): void {
  const unlink = db.prepare(`DELETE FROM photo_subjects WHERE photo_id = ? AND source IN ('manual', 'bulk')`);
  const link = db.prepare(
    `INSERT INTO photo_subjects (photo_id, subject_id, source, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (photo_id, subject_id) DO UPDATE SET source = excluded.source, created_at = excluded.created_at`,
  );
  const hide = db.prepare(
    `UPDATE photos SET hidden_by_hand = ?, hidden = coalesce(?, kind = 'card'), card_subject_by_hand = ?, kept_unassigned = ? WHERE id = ?`,
  );
  const now = nowIso();
  for (const decision of decisions) {
    unlink.run(decision.photoId);
    for (const { subjectId, source } of decision.links) link.run(decision.photoId, subjectId, source, now);
    hide.run(decision.hiddenByHand, decision.hiddenByHand, decision.cardSubjectId ?? null, decision.keptUnassigned === true ? 1 : 0, decision.photoId);
  }
}
