import { setMaxListeners } from 'node:events';
import { join } from 'node:path';
import type { Db } from '../db/open-db.js';
import { recordAnalyses, type AnalysisOutcome, type PendingPhoto } from '../db/photos.js';
import type { AnalysePool } from './analyse-pool.js';

export interface AnalyseProgress {
  done: number;
  total: number;
  /** Photos per second since this run started. */
  rate: number;
}

export interface AnalysePendingOptions {
  pool: AnalysePool;
  cacheDir: string;
  signal?: AbortSignal;
  onProgress?: (progress: AnalyseProgress) => void;
}

const FLUSH_EVERY = 24;
const FLUSH_AFTER_MS = 500;

/**
 * Feeds pending photos to the pool, a bounded number at a time so memory stays flat however big
 * the shoot, and writes results in batched transactions. Each written photo is finished for good:
 * a kill loses at most the unwritten batch, which the next run analyses again.
 */
export async function analysePending(db: Db, pending: readonly PendingPhoto[], options: AnalysePendingOptions): Promise<void> {
  const { pool, cacheDir, signal, onProgress } = options;
  const started = performance.now();
  const inFlightLimit = pool.options.maxThreads * pool.options.concurrentTasksPerWorker * 2;
  // Every task in flight listens on the one cancel signal; on a many-core laptop that is more than
  // Node's default of 10 listeners, which is no leak.
  if (signal) setMaxListeners(inFlightLimit + 10, signal);
  let buffer: AnalysisOutcome[] = [];
  let lastFlush = performance.now();
  let done = 0;

  const flush = (): void => {
    if (buffer.length === 0) return;
    recordAnalyses(db, buffer);
    buffer = [];
    lastFlush = performance.now();
  };
  const report = (): void => {
    const seconds = (performance.now() - started) / 1000;
    onProgress?.({ done, total: pending.length, rate: seconds > 0 ? done / seconds : 0 });
  };

  const inFlight = new Set<Promise<void>>();
  let failure: Error | undefined;
  for (const photo of pending) {
    if (signal?.aborted || failure) break;
    const task = pool
      .run({ id: photo.id, path: join(photo.root, photo.relPath), cacheDir }, { signal: signal ?? null })
      // A worker that dies on one file (a decoder crash) fails that photo, named, not the scan:
      // otherwise the file would stay pending and stop every later run at the same place.
      .catch((error: unknown): AnalysisOutcome | undefined =>
        signal?.aborted ? undefined : { ok: false, id: photo.id, message: `could not be analysed: ${(error as Error).message}` },
      )
      .then((outcome) => {
        if (!outcome) return;
        buffer.push(outcome);
        done += 1;
        if (buffer.length >= FLUSH_EVERY || performance.now() - lastFlush > FLUSH_AFTER_MS) flush();
        report();
      })
      .catch((error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= inFlightLimit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  flush();
  report();
  if (failure) throw failure;
  signal?.throwIfAborted();
}
