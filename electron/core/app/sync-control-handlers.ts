import type { ApiHandlers } from '../../../shared/api/contract.js';
import type { SyncContext } from './sync-handlers.js';

/**
 * The sync the app runs by itself: where it stands, its settings, pause and resume, and sending
 * refused changes again once she mended the cause. The token goes in and is never given back.
 */
export function syncControlHandlers({ db, seal, worker }: SyncContext): Pick<ApiHandlers, 'sync.status' | 'sync.settings.set' | 'sync.pause' | 'sync.resume' | 'sync.retryProblems'> {
  return {
    'sync.status': async () => (await worker()).status(),
    'sync.settings.set': async ({ server, token, parallel, uploadSize }) => {
      const [{ keepToken, saveSyncPreferences, saveSyncSettings, syncServer, syncSettings }, { retryProblems }] = await Promise.all([
        import('../sync/sync-settings.js'),
        import('../sync/outbox-figures.js'),
      ]);
      const running = await worker();
      // A token kept sealed by another keychain cannot be read here: then a new one must be given.
      const kept = token === undefined ? await syncSettings(db, seal).then((saved) => saved?.token, () => undefined) : undefined;
      const chosen = token ?? kept;
      if (chosen === undefined) throw new Error('no token saved for the shop yet: give the token the shop made for your account');
      const sameShop = token === undefined && syncServer(db) === server;
      const stored = await keepToken(chosen, seal);
      db.transaction(() => {
        saveSyncSettings(db, server, stored);
        saveSyncPreferences(db, { parallel, uploadSize });
        // What the old shop or token had refused may well go now.
        if (!sameShop) retryProblems(db);
      })();
      running.wake();
      return running.status();
    },
    'sync.pause': async () => {
      const running = await worker();
      running.pause();
      return running.status();
    },
    'sync.resume': async () => {
      const running = await worker();
      running.resume();
      return running.status();
    },
    'sync.retryProblems': async ({ ids }) => {
      const { retryProblems } = await import('../sync/outbox-figures.js');
      const retried = retryProblems(db, ids);
      (await worker()).wake();
      return { retried };
    },
  };
}
