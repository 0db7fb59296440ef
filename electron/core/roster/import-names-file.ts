import type { ColumnMapping } from '../../../shared/domain.js';
import { findJob, findOrCreateJob, namesMappingOf, setNamesMapping } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { importNamesList, type ImportedNames } from './import-names.js';
import { readNamesFile } from './read-names-file.js';

export interface NamesImport extends Omit<ImportedNames, 'used'> {
  /** Rows of the list that stand for a subject now. */
  rows: number;
  /** Nothing was written: this is what importing would do. */
  dryRun: boolean;
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
 * row's problem) and writes nothing. `mapping` names columns whose titles Shootdesk does not know;
 * the job keeps it, and reads the school's next list with it unless told otherwise.
 */
export async function importNamesFile(db: Db, jobName: string, file: string, dryRun: boolean, mapping?: ColumnMapping): Promise<NamesImport> {
  const existing = findJob(db, jobName);
  const columns = mapping ?? (existing ? namesMappingOf(db, existing.id) : {});
  const list = await readNamesFile(file, columns);
  try {
    return db.transaction((): NamesImport => {
      const job = findOrCreateJob(db, jobName);
      const { used, ...imported } = importNamesList(db, job.id, list);
      if (mapping) setNamesMapping(db, job.id, mapping);
      const result = { ...imported, rows: used, dryRun };
      if (dryRun) throw new Preview(result);
      return result;
    }).immediate();
  } catch (thrown) {
    if (thrown instanceof Preview) return thrown.result;
    throw thrown;
  }
}
