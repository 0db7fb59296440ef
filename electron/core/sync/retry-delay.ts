/** The first retry waits this long; each next one twice as long as the last. */
const FIRST_RETRY_MS = 2_000;
/** Venue Wi-Fi that is gone for an hour is tried again every few minutes, never less often. */
const LONGEST_RETRY_MS = 5 * 60_000;

/**
 * How long to wait before retry number `attempt` (1 for the first): doubling from 2 s up to 5 min,
 * scaled by `jitter` (0.5 to 1, random in use) so that laptops that lost the same Wi-Fi do not all
 * come back in the same second.
 */
export function retryDelayMs(attempt: number, jitter: number): number {
  const doubled = FIRST_RETRY_MS * 2 ** Math.min(Math.max(attempt - 1, 0), 20);
  return Math.round(Math.min(doubled, LONGEST_RETRY_MS) * Math.min(Math.max(jitter, 0.5), 1));
}
