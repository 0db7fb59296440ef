import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../db/open-db.js';
import { drainOutbox, OF_JOB, type DrainOptions, type Drained } from './drain-outbox.js';
import { shopClient } from './shop-client.js';
import type { SyncSettings } from './sync-settings.js';
import { uploadPhoto } from './upload-photo.js';

export interface SyncRun {
  sent: number;
  /** Marks still to send: waiting for a retry when the shop went silent, or none. */
  left: number;
  offline: boolean;
  /** Every mark the shop refused, this run or before, with why. */
  problems: Drained['problems'];
}

export interface SyncOptions {
  jobId?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: { sent: number; total: number }) => void) | undefined;
  fetchImpl?: typeof fetch;
  /** Photos sent at once (drain-outbox.ts). */
  parallel?: number | undefined;
  prepare?: DrainOptions['prepare'];
  /** Bytes of photos that reached the shop, as they go (for the bandwidth shown). */
  onBytes?: ((sent: number) => void) | undefined;
}

/**
 * Sends the shop everything the outbox holds, waiting out retries, until nothing is left to send,
 * the shop stops answering, or `signal` stops it. What was sent stays sent: a later run goes on from
 * the outbox as it is.
 */
export async function runSync(db: Db, settings: SyncSettings, options: SyncOptions = {}): Promise<SyncRun> {
  const client = shopClient(settings.server, settings.token, options.fetchImpl);
  const job = options.jobId ?? null;
  const pending = db.prepare(`SELECT count(*) FROM outbox WHERE problem IS NULL AND ${OF_JOB}`).pluck();
  const nextRetry = db.prepare(`SELECT min(coalesce(next_attempt_at, '0000-01-01T00:00:00.000Z')) FROM outbox WHERE problem IS NULL AND ${OF_JOB}`).pluck();
  const refused = db.prepare(`SELECT kind, entity_id AS entityId, problem AS why FROM outbox WHERE problem IS NOT NULL AND ${OF_JOB} ORDER BY seq`);
  const total = pending.get({ job }) as number;
  let sent = 0;
  let offline = !(await client.isOnline());
  while (!offline && !options.signal?.aborted) {
    const drained = await drainOutbox(db, client, {
      jobId: options.jobId,
      signal: options.signal,
      parallel: options.parallel,
      prepare: options.prepare,
      upload: (bytes) => uploadPhoto(db, settings.server, settings.token, bytes, options.signal, options.onBytes),
      onProgress: ({ done }) => options.onProgress?.({ sent: sent + done, total }),
    });
    sent += drained.sent;
    offline = drained.offline;
    if (offline || (pending.get({ job }) as number) === 0) break;
    // Marks made while it ran are due at once; the others wait for their retry.
    const retryAt = nextRetry.get({ job }) as string | null;
    if (retryAt !== null) await sleep(Math.max(0, Date.parse(retryAt) - Date.now()), undefined, { signal: options.signal }).catch(() => undefined);
  }
  return { sent, left: pending.get({ job }) as number, offline, problems: refused.all({ job }) as Drained['problems'] };
}
