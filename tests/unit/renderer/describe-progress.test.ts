import { describe, expect, it } from 'vitest';
import { describeProgress, timeLeft } from '../../../renderer/src/sort/describe-progress.js';

describe('sort progress as the page words it', () => {
  const cases: [Parameters<typeof describeProgress>[0], string][] = [
    [null, 'Starting…'],
    [{ stage: 'walk', done: 0, total: 0, rate: 0 }, 'Finding photos'],
    [{ stage: 'walk', done: 1200, total: 0, rate: 0 }, 'Finding photos: 1200 so far'],
    [{ stage: 'analyse', done: 100, total: 2000, rate: 9.5 }, 'Reading photos and cards 100 / 2000 (9.5 files/s, about 4 min left)'],
    [{ stage: 'analyse', done: 1990, total: 2000, rate: 10 }, 'Reading photos and cards 1990 / 2000 (10.0 files/s, 5 s left)'],
    [{ stage: 'analyse', done: 0, total: 2000, rate: 0 }, 'Reading photos and cards 0 / 2000'],
    [{ stage: 'split', done: 0, total: 0, rate: 0 }, 'Building galleries'],
  ];
  it.each(cases)('%o → %s', (progress, text) => {
    expect(describeProgress(progress)).toBe(text);
  });

  const left: [number, string][] = [
    [0, ''],
    [Number.POSITIVE_INFINITY, ''],
    [3, ', 5 s left'],
    [42, ', 45 s left'],
    [61, ', about 2 min left'],
    [3599, ', about 60 min left'],
    [7300, ', about 2 h 2 min left'],
  ];
  it.each(left)('%s s left → %j', (seconds, text) => {
    expect(timeLeft(seconds)).toBe(text);
  });
});
