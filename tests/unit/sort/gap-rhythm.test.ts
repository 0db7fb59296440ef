import { describe, expect, it } from 'vitest';
import { trackGapRhythm } from '../../../electron/core/sort/gap-rhythm.js';

type Gap = [ms: number, kind: 'within-subject' | 'before-card'];
const s = (seconds: number): number => seconds * 1000;

describe('trackGapRhythm', () => {
  it.each<{ name: string; ceiling: number; floor: number; gaps: Gap[]; expected: number }>([
    { name: 'the ceiling until the rhythm is known', ceiling: s(15), floor: s(10), gaps: [], expected: s(15) },
    { name: 'too few gaps within subjects to trust', ceiling: s(15), floor: s(10), gaps: [[s(2), 'within-subject'], [s(3), 'within-subject']], expected: s(15) },
    {
      name: 'twice the 90th percentile of gaps within subjects',
      ceiling: s(30),
      floor: s(5),
      gaps: [2, 3, 4, 5, 6, 7, 8, 3, 4, 6].map((g): Gap => [s(g), 'within-subject']),
      expected: s(14),
    },
    {
      name: 'never above the ceiling: a slow subject cannot raise it',
      ceiling: s(15),
      floor: s(10),
      gaps: [10, 12, 14, 16, 18].map((g): Gap => [s(g), 'within-subject']),
      expected: s(15),
    },
    { name: '3/4 of the shortest change of subject seen', ceiling: s(30), floor: s(5), gaps: [[s(40), 'before-card'], [s(16), 'before-card']], expected: s(12) },
    { name: 'never below the floor', ceiling: s(15), floor: s(10), gaps: [[s(4), 'before-card']], expected: s(10) },
    { name: 'the floor wins over a lower ceiling', ceiling: s(5), floor: s(10), gaps: [], expected: s(10) },
    { name: 'an infinite floor turns the rule off', ceiling: s(15), floor: Infinity, gaps: [[s(2), 'before-card']], expected: Infinity },
  ])('$name', ({ ceiling, floor, gaps, expected }) => {
    const rhythm = trackGapRhythm(ceiling, floor);
    for (const [ms, kind] of gaps) rhythm.record(ms, kind);
    expect(rhythm.thresholdMs()).toBe(expected);
  });
});
