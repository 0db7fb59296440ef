import Database from 'better-sqlite3';
import { startCli } from './run-cli.js';

/** The job's photos read so far and found in all, as the store has them (a reader beside the writer). */
export function readSoFar(dbPath: string, job: string): { analysed: number; found: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT count(p.qr_at) AS analysed, count(p.id) AS found FROM jobs j JOIN photos p ON p.job_id = j.id WHERE j.name = ?')
      .get(job) as { analysed: number; found: number };
  } finally {
    db.close();
  }
}

function readSoFarIfThere(dbPath: string, job: string): { analysed: number; found: number } {
  try {
    return readSoFar(dbPath, job);
  } catch {
    // Not created yet, or its tables not yet.
    return { analysed: 0, found: 0 };
  }
}

/**
 * Starts `shootdesk sort <folder> --job <job>` on the store and kills it outright (SIGKILL: no handler
 * runs) once some of its photos are read and stored; returns what the store holds of the job then.
 * Fails if the sort ended first.
 */
export async function killMidSort(folder: string, job: string, dbPath: string, userData: string, more: readonly string[] = []): Promise<{ analysed: number; found: number }> {
  const sort = startCli(['sort', folder, '--job', job, '--db', dbPath, ...more], userData);
  let ended = false;
  void sort.done.then(() => (ended = true));
  while (readSoFarIfThere(dbPath, job).analysed === 0) {
    if (ended) throw new Error(`the sort ended before it could be killed: ${(await sort.done).stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  sort.child.kill('SIGKILL');
  const run = await sort.done;
  if (run.signal !== 'SIGKILL') throw new Error(`the sort ended by itself before the kill (${run.code})`);
  return readSoFar(dbPath, job);
}
