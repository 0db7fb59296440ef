import type { ApiHandlers, EventName, EventPayload } from '../../../shared/api/contract.js';
import { normaliseCode } from '../codes/code-shape.js';
import { activateCodes, codesWithVisiblePhotos } from '../db/access-codes.js';
import { deleteJob, findJob, listJobs, setJobStatus, type JobRow } from '../db/jobs.js';
import { openDatabase, type Db } from '../db/open-db.js';
import { sortFolder } from '../jobs/sort-folder.js';
import { createAnalysePool, type AnalysePool } from '../scan/analyse-pool.js';

export interface CoreOptions {
  /** SQLite file; lives in the user-data folder, never beside the photos. */
  dbPath: string;
  /** Thumbnail and preview cache folder (user-data). */
  cacheDir: string;
  /** Receives every event core emits (scan progress ...). */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

export interface Core {
  handlers: ApiHandlers;
  close(): Promise<void>;
}

function requireJob(db: Db, name: string): JobRow {
  const job = findJob(db, name);
  if (!job) throw new Error(`no job named "${name}"`);
  return job;
}

/** All of Shootdesk's work behind the one contract; the Electron shell, the CLI and tests call this. */
export function createCore(options: CoreOptions): Core {
  const db = openDatabase(options.dbPath);
  let pool: AnalysePool | undefined;
  let running: AbortController | undefined;

  const handlers: ApiHandlers = {
    'jobs.list': () =>
      Promise.resolve(
        listJobs(db).map((job) => ({ name: job.name, status: job.status, subjects: job.subjects, photos: job.photos, createdAt: job.createdAt })),
      ),
    'jobs.delete': ({ name }) => Promise.resolve({ retiredCodes: deleteJob(db, requireJob(db, name)) }),
    'jobs.setStatus': ({ name, status }) => {
      setJobStatus(db, requireJob(db, name).id, status);
      return Promise.resolve({});
    },
    'sort.run': async ({ folder, job, names }) => {
      if (running) throw new Error('a sort is already running; cancel it or wait for it to finish');
      running = new AbortController();
      try {
        pool ??= createAnalysePool();
        return await sortFolder(db, {
          folder,
          jobName: job,
          namesFile: names,
          cacheDir: options.cacheDir,
          pool,
          signal: running.signal,
          onProgress: (progress) => options.emit('scan.progress', progress),
        });
      } finally {
        running = undefined;
      }
    },
    'sort.cancel': () => {
      const cancelled = running !== undefined;
      running?.abort(new Error('sort cancelled; run it again to continue where it stopped'));
      return Promise.resolve({ cancelled });
    },
    'codes.activate': ({ job, all, codes }) => {
      const row = requireJob(db, job);
      const wanted = all ? codesWithVisiblePhotos(db, row.id) : codes.map((code) => normaliseCode(code) ?? code);
      return Promise.resolve({ activated: activateCodes(db, row.id, wanted) });
    },
  };

  return {
    handlers,
    async close() {
      running?.abort(new Error('Shootdesk is closing'));
      await pool?.destroy();
      db.close();
    },
  };
}
