import type { Page } from '@playwright/test';
import type { PageGlobals } from './page-globals.js';

/** One API call the page made through the bridge, in ms after the moment it was asked about. */
export interface ApiTiming {
  method: string;
  startMs: number;
  /** When its answer had arrived. */
  endMs: number;
  /** Size of the answer as sent (JSON). */
  bytes: number;
}

/** The page's API calls that started at or after `since` (page time), from the browser's resource timing. */
export async function readApiTimings(page: Page, since: number): Promise<ApiTiming[]> {
  return page.evaluate((from) => {
    const g = globalThis as unknown as PageGlobals;
    return g.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/') && entry.startTime >= from)
      .map((entry) => ({
        method: decodeURIComponent(entry.name.slice(entry.name.indexOf('/api/') + 5)),
        startMs: entry.startTime - from,
        endMs: entry.responseEnd - from,
        bytes: entry.encodedBodySize,
      }));
  }, since);
}

/** The calls to these methods, from the first one's start to the last one's answer, ms; 0 without calls. */
export function spanOf(timings: readonly ApiTiming[], methods: readonly string[]): number {
  const calls = timings.filter((t) => methods.includes(t.method));
  if (calls.length === 0) return 0;
  return Math.max(...calls.map((t) => t.endMs)) - Math.min(...calls.map((t) => t.startMs));
}

/** When the call to `method` had its answer, ms after the moment asked about; NaN without one. */
export function answerOf(timings: readonly ApiTiming[], method: string): number {
  return timings.find((t) => t.method === method)?.endMs ?? Number.NaN;
}

/** When the last of these calls had its answer, ms after the moment asked about; 0 without calls. */
export function lastAnswerOf(timings: readonly ApiTiming[]): number {
  return Math.max(0, ...timings.map((t) => t.endMs));
}
