import { describe, expect, it } from 'vitest';
import type { ScanProgress } from '../../../shared/domain.js';
import { progressPrinter } from '../../../electron/host/progress-printer.js';

/** A sort's events, each at a time in ms: a walk, 40 images read `step` ms apart, the split. */
function sortEvents(step: number): [number, ScanProgress][] {
  const events: [number, ScanProgress][] = [
    [0, { stage: 'walk', done: 0, total: 0, rate: 0 }],
    [300, { stage: 'walk', done: 12, total: 0, rate: 40 }],
    [6000, { stage: 'walk', done: 38, total: 0, rate: 6.3 }],
    [6100, { stage: 'walk', done: 40, total: 40, rate: 0 }],
  ];
  for (let done = 1; done <= 40; done += 1) events.push([6200 + done * step, { stage: 'analyse', done, total: 40, rate: 3.3 }]);
  const end = 6200 + 40 * step;
  events.push([end + 100, { stage: 'split', done: 0, total: 1, rate: 0 }], [end + 200, { stage: 'done', done: 1, total: 1, rate: 0 }]);
  return events;
}

function print(isTTY: boolean, step: number): string {
  let text = '';
  let clock = 0;
  const printer = progressPrinter({ isTTY, write: (chunk: string) => (text += chunk) }, () => clock);
  for (const [at, progress] of sortEvents(step)) {
    clock = at;
    printer(progress);
  }
  return text;
}

describe('progressPrinter', () => {
  it('writes plain lines to a log: each stage, its end, and one line per five seconds in between', () => {
    const text = print(false, 300);
    expect(text).not.toMatch(/[\r\x1b]/);
    expect(text.split('\n')).toEqual([
      'Looking for images',
      // The count while walking: 300 ms is too soon after the first line, 6000 ms is not.
      'Looking for images: 38 so far',
      'Found 40 images',
      'Reading images: 1/40 (3.3 per second)',
      // 6500 ms + 5000 → the first event at or after 11500 ms is image 18 (11600 ms); then 16600 ms: image 35.
      'Reading images: 18/40 (3.3 per second)',
      'Reading images: 35/40 (3.3 per second)',
      'Reading images: 40/40 (3.3 per second)',
      'Sorting by the cards',
      '',
    ]);
  });

  it('redraws one line on a terminal and clears it at the end for the summary', () => {
    const text = print(true, 50);
    const frames = text.split('\r\x1b[K');
    expect(text).not.toContain('\n');
    expect(frames[0]).toBe('');
    expect(frames.at(-1)).toBe('');
    expect(frames).toContain('Looking for images: 12 so far');
    expect(frames).toContain('Found 40 images');
    // Images 50 ms apart, redrawn at most every 200 ms: the first, every fourth, and the last.
    const read = frames.filter((f) => f.startsWith('Reading images')).map((f) => Number(/: (\d+)\//.exec(f)?.[1]));
    expect(read).toEqual([1, 5, 9, 13, 17, 21, 25, 29, 33, 37, 40]);
  });
});
