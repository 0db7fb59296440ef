import type { CDPSession } from '@playwright/test';

const MB = 2 ** 20;

export interface HeapFigures {
  /** The page's JS heap in use, MB: live objects and garbage not yet collected. */
  usedMb: number;
  /** The same after a full collection: what the page really holds on to. */
  afterGcMb: number;
}

/** The renderer's JS heap as DevTools reports it (Performance.getMetrics), before and after a forced GC. */
export async function measureHeap(cdp: CDPSession): Promise<HeapFigures> {
  await cdp.send('Performance.enable');
  const used = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    if (!heap) throw new Error('DevTools reported no JSHeapUsedSize');
    return heap.value / MB;
  };
  const usedMb = await used();
  await cdp.send('HeapProfiler.collectGarbage');
  return { usedMb, afterGcMb: await used() };
}
