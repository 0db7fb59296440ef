import type { Page } from '@playwright/test';
import { readApiTimings, type ApiTiming } from './api-timings.js';
import { GRID, type PageGlobals } from './page-globals.js';

/** "First thumbnails": this many painted in the grid's visible part (most of a screenful at 1366×768, about 15). */
export const FIRST_THUMBS = 12;

interface OpenProbe {
  clickAt: number | null;
  gridAt: number | null;
  paintedAt: number | null;
}

export type ProbeGlobals = PageGlobals & { __benchPainted?: () => number; __benchOpen?: OpenProbe };

export interface OpenFigures {
  /** Click on "Open <job>" → the grid is in the page. */
  toGridMs: number;
  /** Click → FIRST_THUMBS thumbnails painted. */
  toThumbsMs: number;
  /** The API calls the opening made. */
  api: ApiTiming[];
}

/**
 * Defines in the page a count of the thumbnails painted in the grid's visible part: loaded, decoded
 * and no longer transparent (their fade-in has begun, so a frame has shown them).
 */
export async function installPaintProbe(page: Page): Promise<void> {
  await page.evaluate((grid) => {
    const g = globalThis as unknown as ProbeGlobals;
    g.__benchPainted = () => {
      const scroller = g.document.querySelector(grid);
      if (!scroller) return 0;
      const box = scroller.getBoundingClientRect();
      return Array.from(scroller.querySelectorAll('img')).filter((img) => {
        const at = img.getBoundingClientRect();
        return img.complete && img.naturalWidth > 0 && Number(g.getComputedStyle(img).opacity) > 0 && at.bottom > box.top && at.top < box.bottom;
      }).length;
    };
  }, GRID);
}

/** Waits until the grid shows at least `count` painted thumbnails, checked once a frame. */
export async function waitForThumbs(page: Page, count = FIRST_THUMBS): Promise<void> {
  await page.waitForFunction((n) => ((globalThis as unknown as ProbeGlobals).__benchPainted?.() ?? 0) >= n, count, { polling: 'raf', timeout: 60_000 });
}

/**
 * Clicks "Open <job>" on the jobs screen and times, in the page's own clock, until the grid is there
 * and until its first thumbnails are painted: checked at the start of every frame, so to within one.
 */
export async function measureOpen(page: Page, jobName: string): Promise<OpenFigures> {
  const button = page.getByRole('button', { name: `Open ${jobName}`, exact: true });
  await button.waitFor();
  await installPaintProbe(page);
  // Playwright compiles its injected script into the page's own world on the first waitForFunction
  // there (70–100 ms of the page's thread): done now, so the opening does not pay for the harness.
  await page.waitForFunction(() => true);
  await page.evaluate(
    ({ grid, enough }) => {
      const g = globalThis as unknown as ProbeGlobals;
      const probe: OpenProbe = { clickAt: null, gridAt: null, paintedAt: null };
      g.__benchOpen = probe;
      g.performance.clearResourceTimings();
      g.document.addEventListener('click', () => void (probe.clickAt ??= g.performance.now()), true);
      const frame = (): void => {
        const now = g.performance.now();
        if (probe.clickAt !== null) {
          if (probe.gridAt === null && g.document.querySelector(grid)) probe.gridAt = now;
          if ((g.__benchPainted?.() ?? 0) >= enough) {
            probe.paintedAt = now;
            return;
          }
        }
        g.requestAnimationFrame(frame);
      };
      g.requestAnimationFrame(frame);
    },
    { grid: GRID, enough: FIRST_THUMBS },
  );
  await button.click();
  await page.waitForFunction(() => (globalThis as unknown as ProbeGlobals).__benchOpen?.paintedAt != null, undefined, { polling: 'raf', timeout: 60_000 });
  const probe = await page.evaluate(() => (globalThis as unknown as ProbeGlobals).__benchOpen);
  if (probe?.clickAt == null || probe.gridAt === null || probe.paintedAt === null) throw new Error('the open probe saw no click');
  return { toGridMs: probe.gridAt - probe.clickAt, toThumbsMs: probe.paintedAt - probe.clickAt, api: await readApiTimings(page, probe.clickAt) };
}
