import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteJob, findOrCreateJob } from '../../../electron/core/db/jobs.js';
import { openDatabase, type Db } from '../../../electron/core/db/open-db.js';
import { insertSubject } from '../../../electron/core/db/subjects.js';
import { codeClassifier } from '../../../electron/core/jobs/classify-code.js';

function subject(db: Db, jobId: number, code: string, spare = false): void {
  insertSubject(db, jobId, { firstName: spare ? 'Spare' : 'Ada', lastName: spare ? 'One' : 'Lovelace', group: '3B', email: null, spare, code });
}

/** A real store: a school job whose names list has its own codes, a blank-card job, an old deleted job. */
function store(): { db: Db; school: number; blank: number } {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'shootdesk-codes-')), 'store.sqlite'));
  const school = findOrCreateJob(db, 'Hillside 2026').id;
  for (const code of ['2024-1A-017', '2024-1A-018', '2024-2B-001']) subject(db, school, code);
  const blank = findOrCreateJob(db, 'Summer fete').id;
  subject(db, blank, 'K7QX2MPA', true);
  const old = findOrCreateJob(db, 'Hillside 2019');
  subject(db, old.id, 'HS19-0042');
  deleteJob(db, old);
  const club = findOrCreateJob(db, 'Chess club').id;
  subject(db, club, 'CC-77');
  return { db, school, blank };
}

describe('codeClassifier on a real store', () => {
  const { db, school, blank } = store();
  it.each([
    ['the names list’s own code', school, '2024-1A-018', { kind: 'subject' }],
    ['a code of the list’s shape not in it', school, '2024-3C-999', { kind: 'unknown' }],
    ['a Shootdesk-printed walk-up card not in the list', school, 'M3RT8KWZ', { kind: 'unknown' }],
    ['a poster word', school, 'EVENTS', { kind: 'not-a-code' }],
    ['a retired code of another shape is still a card (held), never a poster', school, 'HS19-0042', { kind: 'retired', job: 'Hillside 2019' }],
    ['another job’s code of another shape is still a card (held)', school, 'CC-77', { kind: 'other-job', job: 'Chess club' }],
    ['blank cards: its spare', blank, 'K7QX2MPA', { kind: 'subject' }],
    ['blank cards: a new printed code makes a spare', blank, 'M3RT8KWZ', { kind: 'new-spare' }],
    ['blank cards: a poster word opens nothing', blank, 'EVENTS', { kind: 'not-a-code' }],
    ['blank cards: a printed-looking code with a look-alike 0 was never printed', blank, 'M3RT8KW0', { kind: 'not-a-code' }],
  ])('%s', (_name, jobId, code, expected) => {
    expect(codeClassifier(db, jobId)(code)).toMatchObject(expected);
  });

  it('says what the job’s codes look like when a word is no code', () => {
    const status = codeClassifier(db, school)('EVENTS');
    expect(status).toEqual({ kind: 'not-a-code', why: "this job's codes have 8 letters and digits as Shootdesk prints them; or 11 digits, hyphens and letters as in the names list" });
  });
});
