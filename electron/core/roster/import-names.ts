import type { Db } from '../db/open-db.js';
import { codeExists, findCode } from '../db/access-codes.js';
import { findSubjectByName, insertSubject } from '../db/subjects.js';
import { generateCode } from '../codes/generate-code.js';
import type { NameRow, RowProblem } from './read-names-csv.js';

/**
 * Adds the names list's subjects to the job in one transaction. Importing the same list again
 * adds nothing: a row matches an existing subject by its code, or by name and group when it has none.
 */
export function importNames(db: Db, jobId: number, rows: readonly NameRow[]): { added: number; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const added = db.transaction(() => {
    let count = 0;
    for (const row of rows) {
      if (row.code) {
        const existing = findCode(db, row.code);
        if (existing?.jobId === jobId) continue;
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
        continue;
      }
      const code = row.code ?? generateCode((candidate) => codeExists(db, candidate));
      insertSubject(db, jobId, { firstName: row.firstName, lastName: row.lastName, group: row.group, email: row.email, spare: false, code });
      count += 1;
    }
    return count;
  })();
  return { added, problems };
}
