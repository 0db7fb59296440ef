import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../electron/core/sync/retry-delay.js';

describe('retryDelayMs', () => {
  it.each([
    [1, 1, 2_000],
    [2, 1, 4_000],
    [5, 1, 32_000],
    [8, 1, 256_000],
    // Capped: a shop gone for an hour is still tried every five minutes.
    [9, 1, 300_000],
    [400, 1, 300_000],
    [1, 0.5, 1_000],
    [9, 0.75, 225_000],
    // Jitter outside 0.5–1 is held to it; a 0th attempt waits as the first.
    [3, 0, 4_000],
    [3, 7, 8_000],
    [0, 1, 2_000],
  ])('attempt %i with jitter %d waits %i ms', (attempt, jitter, ms) => {
    expect(retryDelayMs(attempt, jitter)).toBe(ms);
  });
});
