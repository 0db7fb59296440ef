import type { Database } from 'better-sqlite3';

/** A fresh operation id, as SQL: the shop applies each id once, however often it is sent. */
const NEW_OP_ID = `lower(hex(randomblob(16)))`;

/** Marks one thing the shop must learn anew, or gives its pending mark a new operation id. */
function mark(kind: string, entity: string, jobSyncId = 'NULL'): string {
  return `INSERT INTO outbox (kind, entity_id, job_sync_id, op_id, created_at)
      VALUES ('${kind}', ${entity}, ${jobSyncId}, ${NEW_OP_ID}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ON CONFLICT (kind, entity_id) DO UPDATE SET op_id = excluded.op_id, attempts = 0, next_attempt_at = NULL, problem = NULL;`;
}

/** A row's columns the shop shows: an update that leaves them as they were tells it nothing. */
function changed(...columns: string[]): string {
  return `(${columns.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ')})`;
}

const SUBJECT_FIELDS = ['first_name', 'last_name', 'group_name', 'grade', 'email', 'phone', 'external_id', 'spare'];

// Version 9: what the shop must learn, written by the database itself in the same transaction as the
// change, whichever code path makes it (a sort, a fix by hand, an import, a re-key, a delete).
// - A mark names a job, a subject (with its code and activation) or a photo (its links, hidden or
//   not); the sync sends the thing's state as it is when sent, so one pending mark per thing is
//   enough. A change while its state is on the way gives the mark a new operation id: the shop,
//   which applies each id once, then takes the newer state too, and the older send cannot clear it.
// - Jobs get a sync id of their own: the shop knows a job by it, also after it was deleted here.
// - Uploads under way: the tus address of each photo's upload, so a restart resumes where it stopped.
// - Settings of the store itself (the shop's address and token for the command line).
// The outbox of version 1 was never written to; it is replaced.
export function migrate009(db: Database): void {
  db.exec(`
    DROP TABLE outbox;
    CREATE TABLE outbox (
      seq INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('job', 'job-deleted', 'subject', 'photo')),
      entity_id INTEGER NOT NULL,
      job_sync_id TEXT,
      op_id TEXT NOT NULL UNIQUE,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT,
      problem TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (kind, entity_id)
    ) STRICT;

    CREATE TABLE sync_uploads (
      photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
      sha256 TEXT NOT NULL,
      url TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

    ALTER TABLE jobs ADD COLUMN sync_id TEXT;
    UPDATE jobs SET sync_id = ${NEW_OP_ID};
    CREATE UNIQUE INDEX jobs_by_sync_id ON jobs(sync_id);
    INSERT INTO outbox (kind, entity_id, op_id, created_at) SELECT 'job', id, ${NEW_OP_ID}, created_at FROM jobs;

    CREATE TRIGGER jobs_sync_id AFTER INSERT ON jobs WHEN NEW.sync_id IS NULL BEGIN
      UPDATE jobs SET sync_id = ${NEW_OP_ID} WHERE id = NEW.id;
    END;
    CREATE TRIGGER jobs_outbox_insert AFTER INSERT ON jobs BEGIN ${mark('job', 'NEW.id')} END;
    CREATE TRIGGER jobs_outbox_update AFTER UPDATE OF name, status ON jobs WHEN ${changed('name', 'status')} BEGIN ${mark('job', 'NEW.id')} END;
    CREATE TRIGGER jobs_outbox_delete BEFORE DELETE ON jobs BEGIN
      DELETE FROM outbox WHERE (kind = 'job' AND entity_id = OLD.id)
        OR (kind = 'subject' AND entity_id IN (SELECT id FROM subjects WHERE job_id = OLD.id))
        OR (kind = 'photo' AND entity_id IN (SELECT id FROM photos WHERE job_id = OLD.id));
      ${mark('job-deleted', 'OLD.id', 'OLD.sync_id')}
    END;

    CREATE TRIGGER subjects_outbox_insert AFTER INSERT ON subjects BEGIN ${mark('subject', 'NEW.id')} END;
    CREATE TRIGGER subjects_outbox_update AFTER UPDATE OF ${SUBJECT_FIELDS.join(', ')} ON subjects WHEN ${changed(...SUBJECT_FIELDS)} BEGIN
      ${mark('subject', 'NEW.id')}
    END;
    CREATE TRIGGER codes_outbox_insert AFTER INSERT ON access_codes WHEN NEW.subject_id IS NOT NULL BEGIN ${mark('subject', 'NEW.subject_id')} END;
    CREATE TRIGGER codes_outbox_update AFTER UPDATE OF subject_id, activated_at ON access_codes
      WHEN NEW.subject_id IS NOT NULL AND ${changed('subject_id', 'activated_at')} BEGIN
      ${mark('subject', 'NEW.subject_id')}
    END;

    CREATE TRIGGER links_outbox_insert AFTER INSERT ON photo_subjects BEGIN ${mark('photo', 'NEW.photo_id')} END;
    -- Not for the links a deleted job takes with it: the job's deletion tells the shop.
    CREATE TRIGGER links_outbox_delete AFTER DELETE ON photo_subjects WHEN EXISTS (SELECT 1 FROM photos WHERE id = OLD.photo_id) BEGIN
      ${mark('photo', 'OLD.photo_id')}
    END;
    CREATE TRIGGER photos_outbox_update AFTER UPDATE OF hidden, kind ON photos WHEN ${changed('hidden', 'kind')} BEGIN
      ${mark('photo', 'NEW.id')}
    END;
  `);
}
