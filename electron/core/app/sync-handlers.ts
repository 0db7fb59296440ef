import type { ApiHandlers, EventName, EventPayload } from '../../../shared/api/contract.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import type { TokenSeal } from '../sync/sync-settings.js';
import { BusyError } from './typed-errors.js';
import type { SyncWorker } from '../sync/sync-worker.js';

export interface SyncContext {
  db: Db;
  /** Where resized copies for the shop are made. */
  cacheDir: string;
  seal?: TokenSeal | undefined;
  /** The worker, started on first use (its modules load with it). */
  worker: () => Promise<SyncWorker>;
  requireJob: (name: string) => JobRow;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/**
 * Sync to the shop by hand: one run at a time, cancellable, with the worker's own sends held
 * meanwhile. The shop's address and token given once are kept; the sync's modules (HTTP, tus) load
 * with the first run.
 */
export function syncHandlers({ db, cacheDir, seal, worker, requireJob, emit }: SyncContext): Pick<ApiHandlers, 'sync.run' | 'sync.cancel'> {
  let running: AbortController | null = null;
  return {
    'sync.run': async ({ server, token, job }) => {
      if (running) throw new BusyError('a sync is already running; wait for it, or cancel it');
      const [{ runSync }, { keepToken, saveSyncSettings, syncPreferences, syncSettings }, { withUploadSize }] = await Promise.all([
        import('../sync/run-sync.js'),
        import('../sync/sync-settings.js'),
        import('../sync/upload-bytes.js'),
      ]);
      // Both given: what was saved before (perhaps sealed by the desktop app) need not be read.
      const saved = server !== undefined && token !== undefined ? null : await syncSettings(db, seal);
      const settings = { server: server ?? saved?.server, token: token ?? saved?.token };
      if (settings.server === undefined || settings.token === undefined) throw new Error('no shop to sync to yet: give its address and your token once (--server <url> --token <token>)');
      const chosen = { server: settings.server, token: settings.token };
      saveSyncSettings(db, chosen.server, await keepToken(chosen.token, seal));
      const controller = new AbortController();
      running = controller;
      try {
        const run = await (await worker()).exclusive(() =>
          runSync(db, chosen, {
            jobId: job === undefined ? undefined : requireJob(job).id,
            signal: controller.signal,
            parallel: syncPreferences(db).parallel,
            prepare: withUploadSize(db, cacheDir, () => syncPreferences(db).uploadSize),
            onProgress: (progress) => emit('sync.progress', progress),
          }),
        );
        return { server: chosen.server, ...run };
      } finally {
        running = null;
      }
    },
    'sync.cancel': () => {
      running?.abort();
      return Promise.resolve({ cancelled: running !== null });
    },
  };
}
