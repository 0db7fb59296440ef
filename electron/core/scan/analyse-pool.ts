import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
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
  return new Piscina<AnalyseTask, AnalysisOutcome>({
    filename: analyseWorkerPath(),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 2,
    idleTimeout: 30_000,
  });
}
