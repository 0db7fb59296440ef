import type { Database } from 'better-sqlite3';

// Version 8:
// - A code a re-key replaced keeps the subject its printed cards stand for: the shop no longer accepts
//   it (it is retired), but a card frame that shows it still opens that subject's gallery in the sort,
//   and a names list that still carries it still matches that pupil.
// - The shop address parents go to, printed on the contact sheets the school hands out.
export function migrate008(db: Database): void {
  db.exec(`
    ALTER TABLE access_codes ADD COLUMN card_of_subject INTEGER REFERENCES subjects(id) ON DELETE SET NULL;
    CREATE INDEX access_codes_by_card_subject ON access_codes(card_of_subject) WHERE card_of_subject IS NOT NULL;
    ALTER TABLE jobs ADD COLUMN shop_url TEXT;
  `);
}
