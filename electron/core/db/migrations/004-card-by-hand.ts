import type { Database } from 'better-sqlite3';

// Version 4: "this frame is the card of that subject", said by the photographer about a card no
// decoder could read. The split reads the frame as that subject's card, so the photos after it follow.
// The subject, not its code, is kept: a re-keyed job keeps the decision.
export function migrate004(db: Database): void {
  db.exec(`ALTER TABLE photos ADD COLUMN card_subject_by_hand INTEGER REFERENCES subjects(id) ON DELETE SET NULL;`);
}
