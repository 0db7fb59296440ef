import { describe, expect, it } from 'vitest';
import { parseSparesTarget } from '../../../shared/codes/spares-target.js';

describe('parseSparesTarget', () => {
  const cases: [typed: string, target: ReturnType<typeof parseSparesTarget>][] = [
    ['12', { count: 12 }],
    [' 0 ', { count: 0 }],
    ['1000', { count: 1000 }],
    ['1001', null],
    ['10%', { percent: 10 }],
    ['12.5 %', { percent: 12.5 }],
    ['100%', { percent: 100 }],
    ['101%', null],
    ['-3', null],
    ['ten', null],
    ['10 percent', null],
    ['', null],
    ['%', null],
  ];
  it.each(cases)('reads %j as %j', (typed, target) => {
    expect(parseSparesTarget(typed)).toEqual(target);
  });
});
