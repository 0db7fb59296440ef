import type { FastifyInstance } from 'fastify';
import type { UploadExpiry } from './store/blob-store.js';

/**
 * Sweeps the uploads nobody finished (a photo deleted on the desktop mid-upload, a laptop never seen
 * again) while the server runs, so they do not fill the disk. A failed sweep is logged and tried
 * again at the next one; several processes sweeping one folder at once only find less to delete.
 */
export function sweepAbandonedUploads(app: FastifyInstance, expiry: UploadExpiry): void {
  let sweeping: Promise<void> | null = null;
  const sweep = () => {
    sweeping ??= expiry
      .expireAbandoned()
      .then((deleted) => {
        if (deleted > 0) app.log.info({ deleted }, 'abandoned uploads deleted');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'sweeping abandoned uploads failed'))
      .finally(() => {
        sweeping = null;
      });
  };
  const timer = setInterval(sweep, expiry.everyMs);
  // The timer alone never keeps a process alive that has nothing else to do.
  timer.unref();
  app.addHook('onReady', (done) => {
    sweep();
    done();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await sweeping;
  });
}
