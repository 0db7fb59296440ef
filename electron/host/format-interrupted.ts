import type { MethodOutput } from '../../shared/api/contract.js';

type InterruptedSort = MethodOutput<'sort.interrupted'>[number];

const two = (n: number): string => String(n).padStart(2, '0');

/** "2026-12-01 09:41" in the computer's own time: when she started it, which is the day it stopped. */
export function describeWhen(iso: string): string {
  const at = new Date(iso);
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** Said before a sort that goes on with one that was killed or crashed. */
export function describeGoingOn(run: InterruptedSort): string {
  return `Going on with the sort of ${run.job} from ${run.folder} that stopped on ${describeWhen(run.startedAt)} (${run.analysed} ${run.analysed === 1 ? 'photo' : 'photos'} already read)`;
}

/** The interrupted sort of `job`, its name compared as job names are (ASCII letters without case). */
export function interruptedOf(runs: readonly InterruptedSort[], job: string): InterruptedSort | undefined {
  const fold = (name: string): string => name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  return runs.find((run) => fold(run.job) === fold(job));
}
