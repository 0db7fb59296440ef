import { afterEach, describe, expect, it, vi } from 'vitest';
import { markLoaded, markLoading, stopLoading, thumbsPainted } from '../../../renderer/src/workspace/thumb-cache.js';

type Step = ['loading' | 'loaded' | 'stopped', string];

/** Plays the steps, in order, to thumbnails on screen while something waits for them; says whether it woke before its time ran out. */
async function wokeAfter(steps: readonly Step[]): Promise<boolean> {
  let woke = false;
  void thumbsPainted(1000).then(() => (woke = true));
  for (const [what, url] of steps) {
    if (what === 'loading') markLoading(url);
    else if (what === 'loaded') markLoaded(url);
    else stopLoading(url);
  }
  await Promise.resolve();
  return woke;
}

describe('thumbsPainted', () => {
  afterEach(() => vi.useRealTimers());

  const cases: [what: string, steps: Step[], wakes: boolean][] = [
    ['the only thumbnail on screen is painted', [['loading', 'a'], ['loaded', 'a']], true],
    ['one of two is painted, the other still on its way', [['loading', 'a'], ['loading', 'b'], ['loaded', 'a']], false],
    ['both are painted, in either order', [['loading', 'a'], ['loading', 'b'], ['loaded', 'b'], ['loaded', 'a']], true],
    ['one painted, the other failed', [['loading', 'a'], ['loading', 'b'], ['loaded', 'a'], ['stopped', 'b']], true],
    ['one painted, the other scrolled away before it came', [['loading', 'a'], ['loading', 'b'], ['stopped', 'b'], ['loaded', 'a']], true],
    ['none painted: the only one failed', [['loading', 'a'], ['stopped', 'a']], false],
    ['none asked for yet', [], false],
    ['a painted thumbnail nobody waited on (a preview, a test)', [['loaded', 'a']], true],
  ];
  it.each(cases)('%s', async (_what, steps, wakes) => {
    vi.useFakeTimers();
    // Every case on thumbnails of its own: what a case leaves on its way is cleared first.
    const own = steps.map(([what, url]): Step => [what, `${_what}/${url}`]);
    expect(await wokeAfter(own)).toBe(wakes);
    for (const [, url] of own) stopLoading(url);
  });

  it('wakes after its time when no thumbnail is painted (a view without any)', async () => {
    vi.useFakeTimers();
    let woke = false;
    void thumbsPainted(2000).then(() => (woke = true));
    markLoading('never/a');
    await vi.advanceTimersByTimeAsync(1999);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(woke).toBe(true);
    stopLoading('never/a');
  });
});
