import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { FileError, ScanProgress, SortReport } from '../../../shared/domain.js';
import { findOrCreateAlbum } from '../db/albums.js';
import { findJob, findOrCreateJob, namesMappingOf, setSubjectPause, type JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { listPendingPhotos, registerFiles, replaceScanErrors } from '../db/photos.js';
import { importNamesList, rowErrors } from '../roster/import-names.js';
import { readNamesFile } from '../roster/read-names-file.js';
import { analysePending } from '../scan/analyse-pending.js';
import type { AnalysePool } from '../scan/analyse-pool.js';
import { recogniseSameFiles } from '../scan/recognise-same-files.js';
import { walkFolder } from '../scan/walk-folder.js';
import { buildReport } from './build-report.js';
import { splitJob } from './split-job.js';

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
  /** Sets the job's subject pause in seconds ('auto': learn it); left out, the job keeps what it has. */
  pause?: number | 'auto' | undefined;
}

const WALK_PROGRESS_MS = 250;

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
  // A names list given must load: a job sorted without it would turn every pupil into a spare.
  // Read with the columns the job's last list was mapped with: the school sends the same layout.
  const known = findJob(db, options.jobName);
  const names = options.namesFile ? await readNamesFile(options.namesFile, known ? namesMappingOf(db, known.id) : {}) : undefined;
  // One transaction: a list of which no row can be used leaves no trace, not even a new empty job.
  const { job, namesErrors } = db.transaction((): { job: JobRow; namesErrors: FileError[] } => {
    const created = findOrCreateJob(db, options.jobName);
    if (options.pause !== undefined) setSubjectPause(db, created.id, options.pause === 'auto' ? null : Math.round(options.pause * 1000));
    return { job: findOrCreateJob(db, options.jobName), namesErrors: names ? rowErrors(names.file, importNamesList(db, created.id, names).problems) : [] };
  })();

  progress({ stage: 'walk', done: 0, total: 0, rate: 0 });
  // The count so far, a few times a second: one event per file would flood the window's IPC.
  const walkStarted = performance.now();
  let walkTold = walkStarted;
  const walked = await walkFolder(folder, options.signal, (found) => {
    const now = performance.now();
    if (now - walkTold < WALK_PROGRESS_MS) return;
    walkTold = now;
    progress({ stage: 'walk', done: found, total: 0, rate: found / ((now - walkStarted) / 1000) });
  });
  // The walk's count of images found, once it is known.
  progress({ stage: 'walk', done: walked.files.length, total: walked.files.length, rate: 0 });
  const albumId = findOrCreateAlbum(db, job.id, options.album ?? basename(folder));
  registerFiles(db, job.id, albumId, folder, await recogniseSameFiles(db, job.id, folder, walked.files, options.signal));
  replaceScanErrors(db, job.id, folder, walked.errors);

  const pending = listPendingPhotos(db, job.id);
  await analysePending(db, pending, {
    pool: options.pool,
    cacheDir: options.cacheDir,
    signal: options.signal,
    onProgress: (p) => progress({ stage: 'analyse', ...p }),
  });

  progress({ stage: 'split', done: 0, total: 1, rate: 0 });
  splitJob(db, job, folder);
  const report = buildReport(db, job, folder, namesErrors, (performance.now() - started) / 1000);
  progress({ stage: 'done', done: 1, total: 1, rate: 0 });
  return report;
}
