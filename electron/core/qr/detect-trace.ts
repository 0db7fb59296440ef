/**
 * What the benchmark and tests learn about one detection beyond its result: where the time
 * went, and which retry view read what. The scan passes none and pays nothing for it.
 */
export interface DetectTrace {
  /** Milliseconds per step, summed over the calls that shared this trace. */
  times: Record<string, number>;
  /** One entry per symbol that only a retry read: the view that read it (`scaled`, `stretched`, a warp). */
  retryReads: string[];
}

export function newTrace(): DetectTrace {
  return { times: {}, retryReads: [] };
}

/** A lap timer: each call charges the time since the previous one to `step`. Without a trace it does nothing. */
export function stepClock(trace: DetectTrace | undefined): (step: string) => void {
  if (!trace) return () => undefined;
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    trace.times[step] = (trace.times[step] ?? 0) + (now - last);
    last = now;
  };
}
