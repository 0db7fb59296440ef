import type { FileError } from '../../../shared/domain.js';
import type { Db } from '../db/open-db.js';
import { codeExists, findCode } from '../db/access-codes.js';
import { findSubjectByName, insertSubject, setSubjectNames } from '../db/subjects.js';
import { generateCode } from '../codes/generate-code.js';
import { NamesListError } from './names-list-error.js';
import type { NameRow, RowProblem } from './read-names-csv.js';
import type { NamesList } from './read-names-file.js';

export interface ImportedNames {
  added: number;
  /** Subjects of the job whose names the list changed, spares promoted to named subjects included. */
  updated: number;
  /** Rows that now stand for a subject of the job: added, updated or already there. */
  used: number;
  problems: RowProblem[];
}

/** Problems listed in a one-line message; a long list is cut, the CSV itself has them all. */
const PROBLEMS_SHOWN = 5;

/**
 * Adds the names list's subjects to the job in one transaction. A row matches an existing subject
 * by its code, or by name and group when it has none. A row whose code the job already has gives
 * that subject the row's names: a list given after a blank-card sort names its spares, and a
 * corrected list corrects names. Importing the same list again changes nothing.
 */
export function importNames(db: Db, jobId: number, rows: readonly NameRow[]): ImportedNames {
  const problems: RowProblem[] = [];
  const counts = db.transaction(() => {
    let added = 0;
    let updated = 0;
    let used = 0;
    for (const row of rows) {
      if (row.code) {
        const existing = findCode(db, row.code);
        if (existing?.jobId === jobId && existing.subjectId !== null) {
          if (setSubjectNames(db, existing.subjectId, row)) updated += 1;
          used += 1;
          continue;
        }
        if (existing?.retiredAt) {
          problems.push({
            row: row.row,
            message: `access code ${row.code} was retired with the deleted job "${existing.retiredJobName ?? ''}" and is never accepted again; create new codes, e.g. add a year or school suffix`,
          });
          continue;
        }
        if (existing) {
          problems.push({ row: row.row, message: `access code ${row.code} already belongs to job "${existing.jobName ?? ''}"; row skipped` });
          continue;
        }
      } else if (findSubjectByName(db, jobId, row)) {
        used += 1;
        continue;
      }
      const code = row.code ?? generateCode((candidate) => codeExists(db, candidate));
      insertSubject(db, jobId, { firstName: row.firstName, lastName: row.lastName, group: row.group, email: row.email, spare: false, code });
      added += 1;
      used += 1;
    }
    return { added, updated, used };
  })();
  return { ...counts, problems };
}

/**
 * Imports a names list the user gave, returning the rows it skipped as the report's errors. A list
 * of which no row can be used throws instead, and the caller's transaction rolls back: the job must
 * not go on in blank-card mode as though no list had been given.
 */
export function importNamesList(db: Db, jobId: number, list: NamesList): FileError[] {
  const imported = importNames(db, jobId, list.rows);
  const problems = [...list.problems, ...imported.problems].sort((a, b) => a.row - b.row);
  if (imported.used === 0) {
    if (problems.length === 0) throw new NamesListError(list.file, 'has a header row but no names below it');
    // Every row was skipped: saying so after each one is noise.
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `row ${p.row}: ${p.message.replace(/; row skipped$/, '')}`);
    if (problems.length > PROBLEMS_SHOWN) shown.push(`and ${problems.length - PROBLEMS_SHOWN} more`);
    throw new NamesListError(list.file, `no row could be used (${shown.join('; ')})`);
  }
  return problems.map((p) => ({ file: list.file, message: `row ${p.row}: ${p.message}` }));
}
