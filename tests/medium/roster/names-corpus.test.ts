import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { isGeneratedCode } from '../../../electron/core/codes/code-shape.js';
import { findJob } from '../../../electron/core/db/jobs.js';
import { openDatabase } from '../../../electron/core/db/open-db.js';
import { listSubjectDetails } from '../../../electron/core/db/subjects.js';

/** The corpus of names lists as schools send them, each beside its expected result (README there). */
const CORPUS = resolve(import.meta.dirname, '../../fixtures/names-lists');
const EXPECTED_SUFFIX = '.expected.json';
const LISTS = /\.(csv|txt|xlsx)$/;

interface ExpectedSubject {
  firstName: string;
  lastName: string;
  group: string;
  grade: string;
  /** null: the list gives none, and the pupil gets a code Shootdesk generated. */
  code: string | null;
  email: string | null;
  externalId: string | null;
}

/** Every subject in list order, or (for a long list) how many and a sample by position. */
type Expected = { about: string; problems: { row: number; message: string }[] } & (
  | { subjects: ExpectedSubject[] }
  | { count: number; sample: Record<string, ExpectedSubject> }
);

const lists = readdirSync(CORPUS).filter((name) => LISTS.test(name)).sort();
const expectedOf = (list: string): Expected => JSON.parse(readFileSync(join(CORPUS, list.replace(LISTS, EXPECTED_SUFFIX)), 'utf8')) as Expected;

/** The job's subjects with the fields the expected results spell out, in the order they were added. */
function subjectsOf(dbPath: string, job: string): (ExpectedSubject & { code: string })[] {
  const db = openDatabase(dbPath);
  try {
    const found = findJob(db, job);
    if (!found) throw new Error(`no job ${job} in ${dbPath}`);
    return listSubjectDetails(db, found.id)
      .filter((subject) => !subject.spare)
      .map(({ firstName, lastName, group, grade, code, email, externalId }) => ({ firstName, lastName, group, grade, code, email, externalId }));
  } finally {
    db.close();
  }
}

/** A subject as the expected result writes it: a generated code where the list gave none. */
function asExpected(subject: ExpectedSubject & { code: string }, expected: ExpectedSubject | undefined): ExpectedSubject {
  return { ...subject, code: expected?.code === null && isGeneratedCode(subject.code) ? null : subject.code };
}

describe('the corpus of names lists', () => {
  it('has an expected result beside every list, and a list for every expected result', () => {
    const expected = readdirSync(CORPUS).filter((name) => name.endsWith(EXPECTED_SUFFIX));
    expect(lists.length).toBeGreaterThanOrEqual(12);
    expect(expected.map((name) => name.slice(0, -EXPECTED_SUFFIX.length)).sort()).toEqual(lists.map((name) => name.replace(LISTS, '')).sort());
  });

  describe.each(lists)('%s', (list) => {
    const expected = expectedOf(list);
    const count = 'subjects' in expected ? expected.subjects.length : expected.count;
    const problems = expected.problems.map(({ row, message }) => ({ row, message: expect.stringContaining(message) as string }));
    const job = 'Corpus';
    let work: string;
    let dbPath: string;
    let core: Core;
    let first: (ExpectedSubject & { code: string })[];

    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'shootdesk-corpus-'));
      dbPath = join(work, 'db.sqlite');
      core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
    });
    afterAll(async () => {
      await core.close();
      rmSync(work, { recursive: true, force: true });
    });

    it('imports into a new job as expected', async () => {
      const result = await core.handlers['names.import']({ job, file: join(CORPUS, list), dryRun: false });
      expect(result).toMatchObject({ added: count, updated: 0, unchanged: 0, rows: count, notInList: [], dryRun: false });
      expect(result.problems).toEqual(problems);
      first = subjectsOf(dbPath, job);
      expect(new Set(first.map((subject) => subject.code)).size).toBe(count);
      if ('subjects' in expected) {
        expect(first.map((subject, i) => asExpected(subject, expected.subjects[i]))).toEqual(expected.subjects);
      } else {
        expect(first).toHaveLength(expected.count);
        const sample = Object.entries(expected.sample);
        const found = sample.map(([position, want]) => {
          const subject = first[Number(position)];
          return subject && asExpected(subject, want);
        });
        expect(found).toEqual(sample.map(([, want]) => want));
      }
    });

    it('imported again, changes nothing', async () => {
      const again = await core.handlers['names.import']({ job, file: join(CORPUS, list), dryRun: false });
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: count, rows: count, notInList: [], dryRun: false });
      expect(again.problems).toEqual(problems);
      expect(subjectsOf(dbPath, job)).toEqual(first);
    });
  });
});
