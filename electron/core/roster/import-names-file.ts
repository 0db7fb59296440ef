import { findOrCreateJob } from '../db/jobs.js';
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
 * row's problem) and writes nothing.
 */
export async function importNamesFile(db: Db, jobName: string, file: string, dryRun: boolean): Promise<NamesImport> {
  const list = await readNamesFile(file);
  try {
    return db.transaction((): NamesImport => {
      const job = findOrCreateJob(db, jobName);
      const { used, ...imported } = importNamesList(db, job.id, list);
      const result = { ...imported, rows: used, dryRun };
      if (dryRun) throw new Preview(result);
      return result;
    }).immediate();
  } catch (thrown) {
    if (thrown instanceof Preview) return thrown.result;
    throw thrown;
  }
}
