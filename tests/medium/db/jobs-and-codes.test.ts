import { describe, expect, it } from 'vitest';
import { activateCodes, findCode } from '../../../electron/core/db/access-codes.js';
import { deleteJob, findOrCreateJob, listJobs } from '../../../electron/core/db/jobs.js';
import { openDatabase } from '../../../electron/core/db/open-db.js';
import { insertSubject, listSubjects } from '../../../electron/core/db/subjects.js';
import { importNames } from '../../../electron/core/roster/import-names.js';
import type { NameRow } from '../../../electron/core/roster/names-table.js';

const row = (n: number, firstName: string, code: string | null): NameRow => ({ row: n, firstName, lastName: 'Weber', group: '3a', grade: '', code, email: null, phone: null, externalId: null });

describe('jobs, subjects and codes', () => {
  it('imports a names list once: the same list again adds nothing', () => {
    const db = openDatabase(':memory:');
    const job = findOrCreateJob(db, 'Spring 2026');
    const rows = [row(2, 'Mia', 'K7QX2MPA'), row(3, 'Ben', null)];
    expect(importNames(db, job.id, rows)).toEqual({ added: 2, updated: 0, unchanged: 0, used: 2, notInList: [], problems: [] });
    expect(importNames(db, job.id, rows)).toEqual({ added: 0, updated: 0, unchanged: 2, used: 2, notInList: [], problems: [] });
    const subjects = listSubjects(db, job.id);
    expect(subjects.map((s) => s.firstName)).toEqual(['Mia', 'Ben']);
    expect(subjects[1]?.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });

  it('names the spares of a blank-card sort from a later list, keeping subject and code, and corrects names', () => {
    const db = openDatabase(':memory:');
    const job = findOrCreateJob(db, 'Spring 2026');
    const spare = insertSubject(db, job.id, { firstName: 'Spare', lastName: 'One', group: '', email: null, spare: true, code: 'K7QX2MPA' });
    const named = insertSubject(db, job.id, { firstName: 'Ben', lastName: 'Ott', group: '3b', email: 'ben@example.com', spare: false, code: 'B3NB3NB3' });

    const list = [{ ...row(2, 'Mia', 'K7QX2MPA'), email: 'mia@example.com' }, { ...row(3, 'Benjamin', 'B3NB3NB3'), lastName: 'Ott', group: '3c' }];
    expect(importNames(db, job.id, list)).toEqual({ added: 0, updated: 2, unchanged: 0, used: 2, notInList: [], problems: [] });
    const subjects = db.prepare('SELECT id, first_name, last_name, group_name, email, spare FROM subjects ORDER BY id').all();
    expect(subjects).toEqual([
      { id: spare, first_name: 'Mia', last_name: 'Weber', group_name: '3a', email: 'mia@example.com', spare: 0 },
      // The list has no email for Ben: the one on record stays.
      { id: named, first_name: 'Benjamin', last_name: 'Ott', group_name: '3c', email: 'ben@example.com', spare: 0 },
    ]);
    expect(findCode(db, 'K7QX2MPA')?.subjectId).toBe(spare);
    expect(importNames(db, job.id, list)).toEqual({ added: 0, updated: 0, unchanged: 2, used: 2, notInList: [], problems: [] });
  });

  it('retires a deleted job’s codes for ever: no other job may take them', () => {
    const db = openDatabase(':memory:');
    const spring = findOrCreateJob(db, 'Spring 2026');
    importNames(db, spring.id, [row(2, 'Mia', 'K7QX2MPA')]);
    expect(deleteJob(db, spring)).toBe(1);
    expect(listJobs(db)).toEqual([]);
    expect(findCode(db, 'K7QX2MPA')).toMatchObject({ jobId: null, retiredJobName: 'Spring 2026' });

    const autumn = findOrCreateJob(db, 'Autumn 2026');
    const result = importNames(db, autumn.id, [row(2, 'Mia', 'K7QX2MPA')]);
    expect(result.added).toBe(0);
    expect(result.problems[0]?.message).toMatch(/retired with the deleted job "Spring 2026".*add a year or school suffix/);
  });

  it('refuses a code that belongs to another job, naming it', () => {
    const db = openDatabase(':memory:');
    importNames(db, findOrCreateJob(db, 'A').id, [row(2, 'Mia', 'K7QX2MPA')]);
    const result = importNames(db, findOrCreateJob(db, 'B').id, [row(5, 'Ben', 'K7QX2MPA')]);
    expect(result.problems).toEqual([{ row: 5, message: 'access code K7QX2MPA already belongs to job "A"; row skipped' }]);
  });

  it('activates all or none', () => {
    const db = openDatabase(':memory:');
    const job = findOrCreateJob(db, 'A');
    importNames(db, job.id, [row(2, 'Mia', 'K7QX2MPA'), row(3, 'Ben', 'B3NB3NB3')]);
    expect(() => activateCodes(db, job.id, ['K7QX2MPA', 'NOPE2345'])).toThrow('not codes of this job: NOPE2345');
    expect(findCode(db, 'K7QX2MPA')?.activatedAt).toBeNull();
    expect(activateCodes(db, job.id, ['K7QX2MPA'])).toEqual(['K7QX2MPA']);
    expect(findCode(db, 'K7QX2MPA')?.activatedAt).not.toBeNull();
  });
});
