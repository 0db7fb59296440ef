import { describe, expect, it } from 'vitest';
import { describeGoingOn, describeWhen, interruptedOf } from '../../../electron/host/format-interrupted.js';

const run = (job: string, analysed = 0) => ({ job, folder: '/Volumes/CARD/DCIM', startedAt: '2026-12-01T09:41:07.000Z', analysed, found: 300 });

/** The same moment in the computer's own time, as the CLI prints it. */
function local(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

describe('an interrupted sort as the command line says it', () => {
  it.each([
    [0, '0 photos already read'],
    [1, '1 photo already read'],
    [120, '120 photos already read'],
  ])('%i read → %s', (analysed, tail) => {
    expect(describeGoingOn(run('Spring', analysed))).toBe(`Going on with the sort of Spring from /Volumes/CARD/DCIM that stopped on ${local('2026-12-01T09:41:07.000Z')} (${tail})`);
  });

  it('gives the minute, without seconds', () => {
    expect(describeWhen('2026-12-01T09:41:59.999Z')).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(describeWhen('2026-12-01T09:41:59.999Z')).toBe(local('2026-12-01T09:41:00.000Z'));
  });

  it.each([
    ['Spring', 'Spring'],
    ['spring', 'Spring'],
    ['SPRING', 'Spring'],
    ['Autumn', undefined],
    // Only ASCII letters fold, as in the jobs table.
    ['ÉTÉ', undefined],
    ['été', 'été'],
  ])('finds the sort of %s: %s', (asked, found) => {
    expect(interruptedOf([run('Spring'), run('été')], asked)?.job).toBe(found);
  });
});
