import { describe, expect, it } from 'vitest';
import { bandwidthMeter, secondsLeft } from '../../../electron/core/sync/bandwidth-meter.js';

describe('bandwidthMeter', () => {
  const cases: [string, [number, number][], number, number][] = [
    ['nothing sent', [], 3_000, 0],
    ['a steady 1 MB/s over the whole window', [...Array(10).keys()].map((i) => [500 + i * 500, 500_000]), 5_000, 1_000_000],
    ['what left the window no longer counts', [[500, 9_000_000], [5_500, 1_000_000], [6_000, 1_000_000]], 6_000, 400_000],
    // Early in a run the rate is over the time since it began, never over less than a second.
    ['two seconds into a run', [[1_000, 2_000_000], [2_000, 2_000_000]], 2_000, 2_000_000],
    ['a first chunk a tenth of a second in', [[100, 3_000_000]], 100, 3_000_000],
    ['a line gone quiet', [[1_000, 5_000_000]], 7_000, 0],
  ];
  it.each(cases)('%s', (_what, samples, at, rate) => {
    const meter = bandwidthMeter(5_000);
    meter.start(0);
    for (const [when, bytes] of samples) meter.add(bytes, when);
    expect(meter.rate(at)).toBeCloseTo(rate, 0);
  });

  it('forgets the last run when a new one starts', () => {
    const meter = bandwidthMeter(5_000);
    meter.start(0);
    meter.add(4_000_000, 1_000);
    meter.start(2_000);
    expect(meter.rate(3_000)).toBe(0);
  });
});

describe('secondsLeft', () => {
  it.each([
    [0, 1_000, 0],
    [10_000_000, 0, null],
    [10_000_000, 1_000_000, 10],
    [10_000_001, 1_000_000, 11],
  ])('%i bytes at %i bytes/s → %s s', (bytes, rate, seconds) => {
    expect(secondsLeft(bytes, rate)).toBe(seconds);
  });
});
