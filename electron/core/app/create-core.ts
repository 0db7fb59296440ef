import { resolve } from 'node:path';
import type { ApiHandlers, EventName, EventPayload } from '../../../shared/api/contract.js';
import { normaliseShopUrl, SHOP_URL_RULE } from '../../../shared/shop-address.js';
import { normaliseCode } from '../codes/code-shape.js';
import { activateCodes, codesWithVisiblePhotos, deactivateCodes } from '../db/access-codes.js';
import { deleteJob, findJob, listJobs, renameJob, setJobStatus, setShopUrl, type JobRow } from '../db/jobs.js';
import { openDatabase, type Db } from '../db/open-db.js';
import { lockJob } from '../jobs/job-lock.js';
import { clearSortRun, recordSortRun, renameSortRun, sortRunOf } from '../jobs/sort-runs.js';
import type { AnalysePool } from '../scan/analyse-pool.js';
import { explainFailure } from './explain-failure.js';
import { explainHandlerFailures } from './explain-handler-failures.js';
import { dismissSort, interruptedSorts } from './interrupted-sorts.js';
import { storeOverlap } from './store-overlap.js';
import { beforeShootHandlers } from './before-shoot-handlers.js';
import { dbHandlers } from './db-handlers.js';
import { BusyError, ConflictError, NotFoundError } from './typed-errors.js';
import { exportHandlers } from './export-handlers.js';
import type { TokenSeal } from '../sync/sync-settings.js';
import type { SyncWorker } from '../sync/sync-worker.js';
import { syncControlHandlers } from './sync-control-handlers.js';
import { syncHandlers, type SyncContext } from './sync-handlers.js';
import { taggingHandlers } from './tagging-handlers.js';

export interface CoreOptions {
  /** SQLite file; lives in the user-data folder, never beside the photos. */
  dbPath: string;
  /** Thumbnail and preview cache folder (user-data). */
  cacheDir: string;
  /** The user-data folder itself, which no photo folder may hold or lie in. */
  userDataDir?: string | undefined;
  /** Receives every event core emits (scan progress ...). */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** How this core syncs to the shop; without it, only when asked (`sync.run`, the command line). */
  sync?: SyncOptions | undefined;
}

export interface SyncOptions {
  /** Sync by itself, from the start (the desktop app, `shootdesk serve`). */
  background: boolean;
  /** The OS keychain for the shop token (Electron's safeStorage); plain Node has none. */
  seal?: TokenSeal | undefined;
  /** Whether the machine has a network at all (Electron's net.isOnline(), asked across processes). */
  onlineHint?: (() => Promise<boolean>) | undefined;
  /** Shorter waits than a laptop needs, for tests: outbox polls and shop probes. */
  pollMs?: number | undefined;
  probeMs?: number | undefined;
}

export interface Core {
  handlers: ApiHandlers;
  close(): Promise<void>;
}

/** A tethered camera writes a photo in about a second; a photo is sorted a second or two after it lands. */
const WATCH_INTERVAL_MS = 1000;

function requireJob(db: Db, name: string): JobRow {
  const job = findJob(db, name);
  if (!job) throw new NotFoundError(`no job named "${name}"`);
  return job;
}

function open(dbPath: string): Db {
  try {
    return openDatabase(dbPath);
  } catch (error) {
    throw new Error(explainFailure(error, dbPath), { cause: error });
  }
}

/** All of Shootdesk's work behind the one contract; the Electron shell, the CLI and tests call this. */
export function createCore(options: CoreOptions): Core {
  const db = open(options.dbPath);
  let pool: AnalysePool | undefined;
  let running: AbortController | undefined;
  let watching: { folder: string; job: string; controller: AbortController; done: Promise<void> } | undefined;
  let syncWorker: Promise<SyncWorker> | undefined;
  /** A sort stopped by closing keeps its record: the next start offers to go on with it. */
  let closing = false;
  const sync: SyncContext = {
    db,
    cacheDir: options.cacheDir,
    seal: options.sync?.seal,
    requireJob: (name) => requireJob(db, name),
    emit: options.emit,
    // Its modules (HTTP, tus, sharp for resized copies) load when the sync is first needed.
    worker: () =>
      (syncWorker ??= import('../sync/sync-worker.js').then(({ startSyncWorker }) =>
        startSyncWorker({
          db,
          cacheDir: options.cacheDir,
          seal: options.sync?.seal,
          onlineHint: options.sync?.onlineHint,
          background: options.sync?.background ?? false,
          onStatus: (status) => options.emit('sync.changed', status),
          ...(options.sync?.pollMs === undefined ? {} : { pollMs: options.sync.pollMs }),
          ...(options.sync?.probeMs === undefined ? {} : { probeMs: options.sync.probeMs }),
        }),
      )),
  };
  if (options.sync?.background) void sync.worker();
  const syncByHand = syncHandlers(sync);
  let syncsByHand = 0;
  // What a restore would replace the rows under; the worker is only asked if it was started.
  const busyWith = async (): Promise<string | null> => {
    if (watching) return `watching ${watching.folder}`;
    if (running) return 'a sort is running';
    if (syncsByHand > 0 || (await syncWorker)?.status().state === 'syncing') return 'a sync is running';
    return null;
  };
  const holdSync = async <T>(work: () => Promise<T>): Promise<T> => {
    const worker = await syncWorker;
    if (!worker) return work();
    try {
      return await worker.exclusive(work);
    } finally {
      // The restored database may name another shop or token.
      worker.wake();
    }
  };

  const handlers: ApiHandlers = {
    'jobs.list': () =>
      Promise.resolve(
        listJobs(db).map((job) => ({ name: job.name, status: job.status, subjects: job.subjects, photos: job.photos, createdAt: job.createdAt, shopUrl: job.shopUrl })),
      ),
    'jobs.delete': ({ name }) => {
      const job = requireJob(db, name);
      // A sort still running would end in a failed write, long after the job it worked for is gone.
      const lock = lockJob(options.dbPath, job.name);
      if (!lock) {
        throw new BusyError(`job "${job.name}" is being sorted right now (in this or another Shootdesk window or command); cancel that sort or let it finish, then delete the job`);
      }
      try {
        const retiredCodes = deleteJob(db, job);
        clearSortRun(db, job.name);
        return Promise.resolve({ retiredCodes });
      } finally {
        lock.release();
      }
    },
    'jobs.rename': ({ name, to }) => {
      const job = requireJob(db, name);
      // A sort or delete in progress holds the job by its name: renaming under it would let a second one in.
      const lock = lockJob(options.dbPath, job.name);
      if (!lock) throw new BusyError(`job "${job.name}" is being sorted right now; rename it when that sort has finished`);
      try {
        if (!renameJob(db, job.id, to)) throw new ConflictError(`there is already a job named "${to}"; choose another name`);
        renameSortRun(db, job.name, to);
      } finally {
        lock.release();
      }
      return Promise.resolve({});
    },
    'jobs.setStatus': ({ name, status }) => {
      setJobStatus(db, requireJob(db, name).id, status);
      return Promise.resolve({});
    },
    'jobs.setShopUrl': ({ name, url }) => {
      const job = requireJob(db, name);
      // The CLI calls in without the contract's check: the rule is applied here for every caller.
      const normalised = normaliseShopUrl(url);
      if (normalised === null) throw new Error(`"${url}" is no shop address: give ${SHOP_URL_RULE}`);
      setShopUrl(db, job.id, normalised);
      return Promise.resolve({ url: normalised });
    },
    'sort.run': async ({ folder, job, names, pause }) => {
      if (running) throw new BusyError('a sort is already running; cancel it or wait for it to finish');
      const controller = new AbortController();
      running = controller;
      try {
        const overlap = await storeOverlap(folder, options);
        if (overlap) throw new Error(overlap);
        const lock = lockJob(options.dbPath, job);
        if (!lock) throw new BusyError(`job "${job}" is being sorted or deleted by another Shootdesk (the desktop app or another command); wait for it to finish`);
        try {
          recordSortRun(db, { job, folder: resolve(folder), names, pause, startedAt: new Date().toISOString() });
          // The scan's modules (worker pool, names-list reader, split) load with the first sort:
          // listing jobs, or opening the desktop app, does not wait for them.
          const [{ sortFolder }, { createAnalysePool }] = await Promise.all([import('../jobs/sort-folder.js'), import('../scan/analyse-pool.js')]);
          pool ??= createAnalysePool();
          return await sortFolder(db, {
            folder,
            jobName: job,
            namesFile: names,
            pause,
            cacheDir: options.cacheDir,
            pool,
            signal: controller.signal,
            onProgress: (progress) => options.emit('scan.progress', progress),
          });
        } finally {
          try {
            if (!closing) clearSortRun(db, job);
          } finally {
            lock.release();
          }
        }
      } finally {
        running = undefined;
      }
    },
    'sort.interrupted': () => Promise.resolve(interruptedSorts(db, options.dbPath)),
    'sort.resume': ({ job }) => {
      const run = sortRunOf(db, job);
      if (!run) throw new NotFoundError(`job "${job}" has no interrupted sort to go on with`);
      return handlers['sort.run']({ folder: run.folder, job: run.job, names: run.names, pause: run.pause });
    },
    'sort.dismiss': ({ job }) => Promise.resolve({ dismissed: dismissSort(db, options.dbPath, job) }),
    'folders.pick': () => Promise.reject(new Error('choosing a folder needs the desktop app; type the folder’s path instead')),
    'sort.cancel': () => {
      const cancelled = running !== undefined;
      running?.abort(new Error('sort cancelled; run it again to continue where it stopped'));
      return Promise.resolve({ cancelled });
    },
    'watch.start': async ({ folder, job, names }) => {
      if (watching) throw new BusyError(`already watching ${watching.folder} for job "${watching.job}"; stop that first`);
      const overlap = await storeOverlap(folder, options);
      if (overlap) throw new Error(overlap);
      const controller = new AbortController();
      const { watchFolder } = await import('../watch/watch-folder.js');
      let namesFile = names;
      const sortNow = async (): Promise<boolean> => {
        if (running) return false;
        try {
          const report = await handlers['sort.run']({ folder, job, names: namesFile });
          // The names list is imported once; later passes only add photos.
          namesFile = undefined;
          const held = report.review.reduce((n, group) => n + group.photos.length, 0) + report.unassigned.length;
          const { files, photos, cards } = report.stats;
          options.emit('watch.sorted', { job, folder, ok: true, files, photos, cards, held, errors: report.errors.length, message: '' });
          return true;
        } catch (error) {
          if (controller.signal.aborted) return false;
          options.emit('watch.sorted', { job, folder, ok: false, files: 0, photos: 0, cards: 0, held: 0, errors: 0, message: (error as Error).message });
          return true;
        }
      };
      const done = watchFolder({ folder, intervalMs: WATCH_INTERVAL_MS, signal: controller.signal, sortNow });
      watching = { folder, job, controller, done };
      return {};
    },
    'watch.stop': async () => {
      const current = watching;
      if (!current) return { stopped: false };
      watching = undefined;
      current.controller.abort();
      running?.abort(new Error('watching stopped'));
      await current.done;
      return { stopped: true };
    },
    'codes.deactivate': ({ job, codes }) => Promise.resolve({ deactivated: deactivateCodes(db, requireJob(db, job).id, codes.map((code) => normaliseCode(code) ?? code)) }),
    'codes.activate': ({ job, all, codes }) => {
      const row = requireJob(db, job);
      const wanted = all ? codesWithVisiblePhotos(db, row.id) : codes.map((code) => normaliseCode(code) ?? code);
      return Promise.resolve({ activated: activateCodes(db, row.id, wanted) });
    },
    ...taggingHandlers(db, (name) => requireJob(db, name)),
    ...beforeShootHandlers(db, (name) => requireJob(db, name)),
    ...exportHandlers(db, (name) => requireJob(db, name)),
    ...syncByHand,
    'sync.run': async (input) => {
      syncsByHand += 1;
      try {
        return await syncByHand['sync.run'](input);
      } finally {
        syncsByHand -= 1;
      }
    },
    ...dbHandlers({ db, dbPath: options.dbPath, busyWith, holdSync }),
    ...syncControlHandlers(sync),
  };

  return {
    handlers: explainHandlerFailures(handlers, options.dbPath),
    async close() {
      closing = true;
      watching?.controller.abort();
      running?.abort(new Error('Shootdesk is closing'));
      await watching?.done;
      await (await syncWorker)?.stop();
      await pool?.destroy();
      db.close();
    },
  };
}
