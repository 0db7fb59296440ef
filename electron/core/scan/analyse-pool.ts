import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalysisOutcome } from '../db/photos.js';
import type { AnalyseTask } from './analyse-photo.js';

export type AnalysePool = Piscina<AnalyseTask, AnalysisOutcome>;

/**
 * The worker is compiled JavaScript: beside this module once bundled (dist/, out/main/), or in
 * the checkout's dist/ when core runs from its TypeScript sources (tests, tsx).
 */
export function analyseWorkerPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'analyse-worker.js'), join(here, '..', '..', '..', 'dist', 'analyse-worker.js')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`analyse worker not built (looked in ${candidates.join(', ')}); run npm run build:cli`);
  return found;
}

/**
 * One worker per core. Each worker takes two photos at a time so that one photo's JPEG decode
 * (in libvips' own threads) overlaps the other's QR detection (on the worker's JS thread).
 */
export function createAnalysePool(threads = availableParallelism()): AnalysePool {
  // Each photo leaves a few MB of buffers behind, and a worker's heap, started at V8's small default,
  // ran a full mark-compact for nearly every photo (32 in 40 photos, against 2 with this start size):
  // 8 to 12 ms of CPU per photo, for 0 to 30 MB more memory. V8 reads it as each worker starts.
  setFlagsFromString('--initial-old-space-size=64');
  return new Piscina<AnalyseTask, AnalysisOutcome>({
    filename: analyseWorkerPath(),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 2,
    idleTimeout: 30_000,
  });
}
