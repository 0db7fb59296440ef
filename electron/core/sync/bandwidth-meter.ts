/** The rate shown is over this many last milliseconds: steady enough to read, quick to follow a change of Wi-Fi. */
export const BANDWIDTH_WINDOW_MS = 5_000;
/** Below this span since the run began, a rate says more about one chunk than about the line. */
const SHORTEST_SPAN_MS = 1_000;

export interface BandwidthMeter {
  /** `bytes` reached the shop at `at` (ms). */
  add(bytes: number, at: number): void;
  /** Bytes per second over the window ending at `at`; over the time since `start` when that is shorter. */
  rate(at: number): number;
  /** A new run starts at `at`: what the last one sent no longer counts. */
  start(at: number): void;
}

export function bandwidthMeter(windowMs = BANDWIDTH_WINDOW_MS): BandwidthMeter {
  let samples: { at: number; bytes: number }[] = [];
  let startedAt = 0;
  return {
    add(bytes, at) {
      samples.push({ at, bytes });
    },
    rate(at) {
      samples = samples.filter((sample) => sample.at > at - windowMs);
      const bytes = samples.reduce((sum, sample) => (sample.at <= at ? sum + sample.bytes : sum), 0);
      const span = Math.max(SHORTEST_SPAN_MS, Math.min(windowMs, at - startedAt));
      return (bytes * 1000) / span;
    },
    start(at) {
      samples = [];
      startedAt = at;
    },
  };
}

/** Seconds until `bytes` are sent at `bytesPerSecond`; null when nothing moves to go by. */
export function secondsLeft(bytes: number, bytesPerSecond: number): number | null {
  if (bytes <= 0) return 0;
  return bytesPerSecond > 0 ? Math.ceil(bytes / bytesPerSecond) : null;
}
