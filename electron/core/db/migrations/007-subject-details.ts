import type { Database } from 'better-sqlite3';

// Version 7: a names list's grade (year, Jahrgang) and phone, kept with the subject as the school
// sent them; a list sent again may match its pupils by their external id, so it gets an index. The
// job keeps the column mapping its list was imported with, for the next list of the same school.
export function migrate007(db: Database): void {
  db.exec(`
    ALTER TABLE subjects ADD COLUMN grade TEXT NOT NULL DEFAULT '';
    ALTER TABLE subjects ADD COLUMN phone TEXT;
    ALTER TABLE jobs ADD COLUMN names_mapping TEXT;
    CREATE INDEX subjects_by_external_id ON subjects(job_id, external_id) WHERE external_id IS NOT NULL;
  `);
}
