/**
 * Default ceiling. The rhythm of a shoot: a subject's own photos come a few seconds apart (2–8 s),
 * a change of subject (handing over, showing the card) takes tens of seconds (20 s and up). 15 s sits
 * near twice the longest pause within a subject and below the shortest change, so a card lost to
 * glare is caught even at the start of a stream, before its own rhythm is known.
 */
export const DEFAULT_SUSPICIOUS_GAP_MS = 15_000;
/** Default floor: pauses of up to 10 s within one subject are common, never worth a review. */
export const DEFAULT_MIN_SUSPICIOUS_GAP_MS = 10_000;
/** Within-subject gaps needed before their spread is trusted. */
const MIN_SAMPLES = 5;

export interface GapRhythm {
  /** The gap above which a non-card photo is a suspected missed card, from what was seen so far. */
  thresholdMs(): number;
  /** Records the gap before a photo, once the photo has been judged. */
  record(gapMs: number, kind: 'within-subject' | 'before-card'): void;
}

/**
 * Learns one camera's rhythm as its stream goes by. The threshold may only come down from the
 * ceiling (down is safe: it holds more photos, it never moves one into another gallery), to twice
 * the 90th percentile of the gaps within subjects and to 3/4 of the shortest change of subject seen,
 * but never below the floor. It depends only on earlier photos, so photos added later in time
 * never change how earlier ones were judged.
 */
export function trackGapRhythm(ceilingMs: number, floorMs: number): GapRhythm {
  const within: number[] = [];
  let shortestChange = Number.POSITIVE_INFINITY;
  return {
    thresholdMs() {
      const fromWithin = within.length >= MIN_SAMPLES ? 2 * percentile90(within) : Number.POSITIVE_INFINITY;
      return Math.max(floorMs, Math.min(ceilingMs, fromWithin, 0.75 * shortestChange));
    },
    record(gapMs, kind) {
      if (kind === 'before-card') shortestChange = Math.min(shortestChange, gapMs);
      else within.splice(sortedIndexOf(within, gapMs), 0, gapMs);
    },
  };
}

/** Nearest-rank percentile of an ascending array. */
function percentile90(sorted: readonly number[]): number {
  return sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)] ?? 0;
}

function sortedIndexOf(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
