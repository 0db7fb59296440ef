import type { Page } from '@playwright/test';
import { FIRST_THUMBS, waitForThumbs, type ProbeGlobals } from './measure-open.js';
import { GRID } from './page-globals.js';

export interface ScrollFigures {
  /** Time between consecutive frames while scrolling, ms. */
  frames: number[];
  /** Main-thread tasks over 50 ms during the scroll, ms each. */
  longTasks: number[];
  /** From reaching the bottom until its first thumbnails are painted, ms: how far loading lags behind. */
  settleMs: number;
  heightPx: number;
  stepPx: number;
}

/**
 * Shows "All photos", waits for the first thumbnails, then scrolls the grid from top to bottom by a
 * fixed share of its height each frame (as a fast wheel or a dragged scroll bar would), recording the
 * time between frames. The step is set once a frame, so every frame has new rows to render.
 */
export async function measureScroll(page: Page, stepOfHeight: number): Promise<ScrollFigures> {
  await page.getByRole('navigation', { name: 'Job' }).getByRole('button', { name: /^All photos/ }).click();
  await waitForThumbs(page);
  return page.evaluate(
    ({ grid, share, enough }) => {
      const g = globalThis as unknown as ProbeGlobals;
      const scroller = g.document.querySelector(grid);
      if (!scroller) throw new Error('no photo grid');
      scroller.scrollTop = 0;
      const stepPx = Math.round(scroller.clientHeight * share);
      const longTasks: number[] = [];
      const observer = new g.PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: 'longtask' });
      return new Promise<ScrollFigures>((resolve) => {
        const frames: number[] = [];
        let last: number | null = null;
        const frame = (time: number): void => {
          if (last !== null) frames.push(time - last);
          last = time;
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) {
            longTasks.push(...observer.takeRecords().map((entry) => entry.duration));
            observer.disconnect();
            g.requestAnimationFrame(settle);
            return;
          }
          scroller.scrollTop += stepPx;
          g.requestAnimationFrame(frame);
        };
        const settle = (time: number): void => {
          if ((g.__benchPainted?.() ?? 0) < enough) {
            g.requestAnimationFrame(settle);
            return;
          }
          resolve({ frames, longTasks, settleMs: time - (last ?? time), heightPx: scroller.scrollHeight, stepPx });
        };
        g.requestAnimationFrame(frame);
      });
    },
    { grid: GRID, share: stepOfHeight, enough: FIRST_THUMBS },
  );
}
