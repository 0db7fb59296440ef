import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { FileError, ScanProgress, SortReport } from '../../../shared/domain.js';
import { findOrCreateAlbum } from '../db/albums.js';
import { applySplit } from '../db/apply-split.js';
import { findOrCreateJob } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { listPendingPhotos, registerFiles, replaceScanErrors } from '../db/photos.js';
import { importNames } from '../roster/import-names.js';
import { readNamesCsv } from '../roster/read-names-csv.js';
import { analysePending } from '../scan/analyse-pending.js';
import type { AnalysePool } from '../scan/analyse-pool.js';
import { walkFolder } from '../scan/walk-folder.js';
import { splitByCards } from '../sort/split-by-cards.js';
import { buildReport } from './build-report.js';
import { codeClassifier } from './classify-code.js';
import { loadSortInput } from './load-sort-input.js';

export interface SortFolderOptions {
  folder: string;
  jobName: string;
  namesFile?: string | undefined;
  /** Album for this import; defaults to the folder's name. */
  album?: string | undefined;
  cacheDir: string;
  pool: AnalysePool;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ScanProgress) => void) | undefined;
}

async function importNamesFile(db: Db, jobId: number, file: string): Promise<FileError[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return [{ file, message: `names list could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }];
  }
  const { rows, problems } = readNamesCsv(bytes);
  const imported = importNames(db, jobId, rows);
  return [...problems, ...imported.problems].map((p) => ({ file, message: `row ${p.row}: ${p.message}` }));
}

/**
 * Creates the job if new, imports the names list, scans the folder (resuming any unfinished
 * analysis), splits the job's photos at their cards and reports. Every step is idempotent, so
 * running it again after a crash or on a grown folder ends where an uninterrupted run would.
 */
export async function sortFolder(db: Db, options: SortFolderOptions): Promise<SortReport> {
  const started = performance.now();
  const folder = resolve(options.folder);
  // A mistyped path is a failure to say so, not an empty job.
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`${options.folder} is not a folder (mistyped, or the card is not mounted?)`);
  const progress = options.onProgress ?? (() => undefined);
  const job = findOrCreateJob(db, options.jobName);
  const namesErrors = options.namesFile ? await importNamesFile(db, job.id, options.namesFile) : [];

  progress({ stage: 'walk', done: 0, total: 0, rate: 0 });
  const walked = await walkFolder(folder, options.signal);
  const albumId = findOrCreateAlbum(db, job.id, options.album ?? basename(folder));
  registerFiles(db, job.id, albumId, folder, walked.files);
  replaceScanErrors(db, job.id, folder, walked.errors);

  const pending = listPendingPhotos(db, job.id);
  await analysePending(db, pending, {
    pool: options.pool,
    cacheDir: options.cacheDir,
    signal: options.signal,
    onProgress: (p) => progress({ stage: 'analyse', ...p }),
  });

  progress({ stage: 'split', done: 0, total: 1, rate: 0 });
  applySplit(db, job.id, splitByCards(loadSortInput(db, job.id, folder), codeClassifier(db, job.id)));
  const report = buildReport(db, job, folder, namesErrors, (performance.now() - started) / 1000);
  progress({ stage: 'done', done: 1, total: 1, rate: 0 });
  return report;
}
