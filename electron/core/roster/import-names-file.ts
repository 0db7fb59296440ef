import type { ColumnMapping } from '../../../shared/domain.js';
import { findJob, findOrCreateJob, namesMappingOf, setNamesMapping } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { importNamesList, type ImportedNames } from './import-names.js';
import { NamesListError } from './names-list-error.js';
import type { NamesHeader } from './names-table.js';
import { readNamesFile, type NamesList } from './read-names-file.js';

export interface NamesImport extends Omit<ImportedNames, 'used'>, NamesHeader {
  /** Rows of the list that stand for a subject now. */
  rows: number;
  /** Nothing was written: this is what importing would do. */
  dryRun: boolean;
}

/** A preview of a list whose header says too little: why, and its columns, so that she can map them. */
function headerProblem(error: NamesListError, header: NamesHeader): NamesImport {
  return { added: 0, updated: 0, unchanged: 0, rows: 0, notInList: [], problems: [{ row: error.row ?? 1, message: error.problem }], dryRun: true, ...header };
}

/** Carries a preview's result out of its transaction, which throwing rolls back. */
class Preview extends Error {
  constructor(readonly result: NamesImport) {
    super('dry run: rolled back');
  }
}

/**
 * Imports the names list at `file` into the job (created if new), or with `dryRun` shows what that
 * would do (rows added, changed, unchanged, the job's pupils the list no longer names, and every
 * row's problem, a header that names no name column among them) and writes nothing. Either way it
 * answers with the file's columns and the column each field was read from. `mapping` names columns whose titles Shootdesk does not know;
 * the job keeps it, and reads the school's next list with it unless told otherwise.
 */
export async function importNamesFile(db: Db, jobName: string, file: string, dryRun: boolean, mapping?: ColumnMapping): Promise<NamesImport> {
  const existing = findJob(db, jobName);
  const columns = mapping ?? (existing ? namesMappingOf(db, existing.id) : {});
  let list: NamesList;
  try {
    list = await readNamesFile(file, columns);
  } catch (error) {
    if (dryRun && error instanceof NamesListError && error.header) return headerProblem(error, error.header);
    throw error;
  }
  try {
    return db.transaction((): NamesImport => {
      const job = findOrCreateJob(db, jobName);
      const { used, ...imported } = importNamesList(db, job.id, list);
      if (mapping) setNamesMapping(db, job.id, mapping);
      const result = { ...imported, rows: used, dryRun, ...list.header };
      if (dryRun) throw new Preview(result);
      return result;
    }).immediate();
  } catch (thrown) {
    if (thrown instanceof Preview) return thrown.result;
    throw thrown;
  }
}
