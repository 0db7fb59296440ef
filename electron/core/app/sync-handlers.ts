import type { ApiHandlers, EventName, EventPayload } from '../../../shared/api/contract.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';

/**
 * Sync to the shop: one run at a time, cancellable. The shop's address and token given once are
 * kept; the sync's modules (HTTP, tus) load with the first run.
 */
export function syncHandlers(
  db: Db,
  requireJob: (name: string) => JobRow,
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void,
): Pick<ApiHandlers, 'sync.run' | 'sync.cancel'> {
  let running: AbortController | null = null;
  return {
    'sync.run': async ({ server, token, job }) => {
      if (running) throw new Error('a sync is already running; wait for it, or cancel it');
      const [{ runSync }, { saveSyncSettings, syncSettings }] = await Promise.all([import('../sync/run-sync.js'), import('../sync/sync-settings.js')]);
      const saved = syncSettings(db);
      const settings = { server: server ?? saved?.server, token: token ?? saved?.token };
      if (settings.server === undefined || settings.token === undefined) throw new Error('no shop to sync to yet: give its address and your token once (--server <url> --token <token>)');
      const chosen = { server: settings.server, token: settings.token };
      saveSyncSettings(db, chosen);
      const controller = new AbortController();
      running = controller;
      try {
        const run = await runSync(db, chosen, {
          jobId: job === undefined ? undefined : requireJob(job).id,
          signal: controller.signal,
          onProgress: (progress) => emit('sync.progress', progress),
        });
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
