import type { FileError } from '../../../shared/domain.js';
import type { Db } from '../db/open-db.js';
import { codeExists, findCode } from '../db/access-codes.js';
import { findSubjectsByExternalId, findSubjectsByName, insertSubject, listSubjects, setSubjectNames } from '../db/subjects.js';
import { generateCode } from '../codes/generate-code.js';
import { NamesListError } from './names-list-error.js';
import type { NameRow, RowProblem } from './names-table.js';
import type { NamesList } from './read-names-file.js';

export interface ImportedNames {
  added: number;
  /** Subjects of the job whose details the list changed, spares promoted to named subjects included. */
  updated: number;
  /** Subjects the list names as the job has them already. */
  unchanged: number;
  /** Rows that now stand for a subject of the job: added, updated or already there. */
  used: number;
  /** The job's named subjects no row of this list stands for: kept, with their codes and photos. */
  notInList: { firstName: string; lastName: string; group: string; code: string }[];
  problems: RowProblem[];
}

/**
 * Adds the names list's subjects to the job, or updates them, in one transaction. A row stands for
 * the subject with its access code; without one, for the subject with its external id (the school's
 * pupil number), else for the one with its name and group. Such a subject gets the row's details:
 * a list given after a blank-card sort names its spares, and a corrected list corrects names and
 * classes. No subject is removed (its code and photos stay): those the list no longer names are
 * returned. Importing the same list again changes nothing.
 */
export function importNames(db: Db, jobId: number, rows: readonly NameRow[]): ImportedNames {
  const problems: RowProblem[] = [];
  const matched = new Set<number>();
  const counts = db.transaction(() => {
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    const update = (subjectId: number, row: NameRow): void => {
      matched.add(subjectId);
      if (setSubjectNames(db, subjectId, row)) updated += 1;
      else unchanged += 1;
    };
    for (const row of rows) {
      if (row.code) {
        const existing = findCode(db, row.code);
        // The school's list may still carry a code the job was re-keyed from: it is that pupil.
        const subjectId = existing?.jobId === jobId ? (existing.subjectId ?? existing.cardOfSubject) : null;
        if (subjectId !== null) {
          update(subjectId, row);
          continue;
        }
        if (existing?.jobName) {
          problems.push({ row: row.row, message: `access code ${row.code} already belongs to job "${existing.jobName}"; row skipped` });
          continue;
        }
        if (existing) {
          problems.push({
            row: row.row,
            message: `access code ${row.code} was retired with the deleted job "${existing.retiredJobName ?? ''}" and is never accepted again; create new codes, e.g. add a year or school suffix`,
          });
          continue;
        }
      } else {
        // Two pupils of one class with one name are two subjects: a subject an earlier row of this
        // list stands for is not taken again, so each row keeps its own pupil, list after list.
        const candidates = [...(row.externalId ? findSubjectsByExternalId(db, jobId, row.externalId) : []), ...findSubjectsByName(db, jobId, row)];
        const same = candidates.find((id) => !matched.has(id));
        if (same !== undefined) {
          update(same, row);
          continue;
        }
      }
      const code = row.code ?? generateCode((candidate) => codeExists(db, candidate));
      const id = insertSubject(db, jobId, { ...row, spare: false, code });
      matched.add(id);
      added += 1;
    }
    return { added, updated, unchanged };
  })();
  const notInList = listSubjects(db, jobId)
    .filter((subject) => !subject.spare && !matched.has(subject.id))
    .map(({ firstName, lastName, group, code }) => ({ firstName, lastName, group, code }));
  return { ...counts, used: counts.added + counts.updated + counts.unchanged, notInList, problems };
}

/** Problems listed in a one-line message; a long list is cut, the file itself has them all. */
const PROBLEMS_SHOWN = 5;

/**
 * Imports a names list the user gave: what it did, and every row it skipped or warns about, in row
 * order. A list of which no row can be used throws instead, and the caller's transaction rolls
 * back: the job must not go on in blank-card mode as though no list had been given.
 */
export function importNamesList(db: Db, jobId: number, list: NamesList): ImportedNames {
  const imported = importNames(db, jobId, list.rows);
  const problems = [...list.problems, ...imported.problems].sort((a, b) => a.row - b.row);
  if (imported.used === 0) {
    if (problems.length === 0) throw new NamesListError(list.file, 'has a header row but no names below it');
    // Every row was skipped: saying so after each one is noise.
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `row ${p.row}: ${p.message.replace(/; row skipped$/, '')}`);
    if (problems.length > PROBLEMS_SHOWN) shown.push(`and ${problems.length - PROBLEMS_SHOWN} more`);
    throw new NamesListError(list.file, `no row could be used (${shown.join('; ')})`);
  }
  return { ...imported, problems };
}

/** A list's problems as a report's errors: the file, and the row in the message. */
export function rowErrors(file: string, problems: readonly RowProblem[]): FileError[] {
  return problems.map((p) => ({ file, message: `row ${p.row}: ${p.message}` }));
}
