import type { BigJob } from './build-big-job.js';
import { openCopy } from './open-copy.js';

export interface CoreFigures {
  /** galleries.prepare once, before the first assign, as the page asks once the job's first screen is painted: ms, and its CPU ms. */
  prepareMs: number;
  prepareCpuMs: number;
  /**
   * photos.assign of the photos alone, in Node: the decisions, the history row and the split redone.
   * The first call after opening the job (code not yet optimised) comes first.
   */
  assignMs: number[];
  /** The same calls' CPU time (user and system): what the call costs on a machine shared with others. */
  assignCpuMs: number[];
  /** The three reads the page refreshes with after a change, each alone, ms. */
  readMs: Record<RefreshMethod, number[]>;
  /** Their answers as JSON, bytes. */
  readBytes: Record<RefreshMethod, number>;
}

export const REFRESH_METHODS = ['galleries.get', 'subjects.list', 'photos.list'] as const;
export type RefreshMethod = (typeof REFRESH_METHODS)[number];

/**
 * What the assign costs in core, without the page: on a copy of the job, `runs` times over, the
 * assign of `photos` to `code`, the reads that follow it, and the undo that restores the job.
 */
export async function measureCore(job: BigJob, jobName: string, photos: readonly string[], code: string, runs: number): Promise<CoreFigures> {
  const copy = openCopy(job);
  const api = copy.core.handlers;
  const figures: CoreFigures = {
    prepareMs: 0,
    prepareCpuMs: 0,
    assignMs: [],
    assignCpuMs: [],
    readMs: { 'galleries.get': [], 'subjects.list': [], 'photos.list': [] },
    readBytes: { 'galleries.get': 0, 'subjects.list': 0, 'photos.list': 0 },
  };
  try {
    const prepareStarted = performance.now();
    const prepareCpu = process.cpuUsage();
    await api['galleries.prepare']({ job: jobName });
    const prepareUsed = process.cpuUsage(prepareCpu);
    figures.prepareMs = performance.now() - prepareStarted;
    figures.prepareCpuMs = (prepareUsed.user + prepareUsed.system) / 1000;
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      await api['photos.assign']({ job: jobName, photos: [...photos], target: { code } });
      const used = process.cpuUsage(cpu);
      figures.assignMs.push(performance.now() - started);
      figures.assignCpuMs.push((used.user + used.system) / 1000);
      for (const method of REFRESH_METHODS) {
        const readStarted = performance.now();
        const answer = await api[method]({ job: jobName });
        figures.readMs[method].push(performance.now() - readStarted);
        figures.readBytes[method] = JSON.stringify(answer).length;
      }
      await api['history.step']({ job: jobName, direction: 'undo' });
    }
    return figures;
  } finally {
    await copy.close();
  }
}
