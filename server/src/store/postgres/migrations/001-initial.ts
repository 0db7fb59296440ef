// Version 1: the SQLite schema's tables and rules (store/sqlite/migrations/001-initial.ts says why each
// is so). Times are ISO text, as there, so both databases answer the same JSON. Codes are stored
// upper-cased, which the CHECK holds to: the primary key then makes them unique server-wide and
// case-insensitive.
export const MIGRATION_001 = `
  CREATE TABLE accounts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE,
    created_at text NOT NULL
  );

  CREATE TABLE tokens (
    hash text PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts(id),
    created_at text NOT NULL
  );
  CREATE INDEX tokens_by_account ON tokens(account_id);

  CREATE TABLE operations (
    account_id integer NOT NULL REFERENCES accounts(id),
    key text NOT NULL,
    fingerprint text NOT NULL,
    status integer NOT NULL,
    body text NOT NULL,
    created_at text NOT NULL,
    PRIMARY KEY (account_id, key)
  );

  CREATE TABLE jobs (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts(id),
    client_id text NOT NULL,
    name text NOT NULL,
    status text NOT NULL CHECK (status IN ('planning', 'selling', 'archived')),
    created_at text NOT NULL,
    updated_at text NOT NULL,
    deleted_at text,
    UNIQUE (account_id, client_id)
  );

  CREATE TABLE subjects (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id integer NOT NULL REFERENCES jobs(id),
    client_id text NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    group_name text NOT NULL,
    UNIQUE (job_id, client_id)
  );

  CREATE TABLE codes (
    code text PRIMARY KEY CHECK (code = upper(code)),
    job_id integer NOT NULL REFERENCES jobs(id),
    subject_id integer UNIQUE REFERENCES subjects(id) ON DELETE SET NULL,
    activated boolean NOT NULL DEFAULT false,
    retired_at text
  );
  CREATE INDEX codes_by_job ON codes(job_id);

  CREATE TABLE albums (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id integer NOT NULL REFERENCES jobs(id),
    name text NOT NULL,
    UNIQUE (job_id, name)
  );

  CREATE TABLE photos (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id integer NOT NULL REFERENCES jobs(id),
    client_id text NOT NULL,
    album_id integer NOT NULL REFERENCES albums(id),
    sha256 text NOT NULL,
    size bigint NOT NULL,
    file_name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('photo', 'card')),
    hidden boolean NOT NULL,
    blob_key text,
    UNIQUE (job_id, client_id)
  );
  CREATE INDEX photos_by_album ON photos(album_id);

  CREATE TABLE photo_subjects (
    photo_id integer NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
    subject_id integer NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    PRIMARY KEY (photo_id, subject_id)
  );
  CREATE INDEX photo_subjects_by_subject ON photo_subjects(subject_id);
`;
