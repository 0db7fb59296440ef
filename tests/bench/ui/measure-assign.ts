import type { Page } from '@playwright/test';
import { readApiTimings, type ApiTiming } from './api-timings.js';
import { waitForThumbs } from './measure-open.js';
import type { PageGlobals } from './page-globals.js';

interface AssignProbe {
  enterAt: number | null;
  statusAt: number | null;
  paintedAt: number | null;
  status: string | null;
  longTasks: number[];
}

type AssignGlobals = PageGlobals & { __benchAssign?: AssignProbe };

export interface AssignFigures {
  /** Enter in "Assign to subject" → the status saying what was assigned is in the page. */
  toStatusMs: number;
  /** Enter → the start of the frame that paints it. */
  toPaintMs: number;
  status: string;
  api: ApiTiming[];
  /** Main-thread tasks over 50 ms meanwhile, ms each. */
  longTasks: number[];
}

/** What the page reloads from core after an assignment, to confirm what it showed at once. */
const CONFIRMING = ['galleries.get', 'subjects.list'];

/**
 * As the photographer does it: opens the view `view`, clicks its first photo, Ctrl+A, types the
 * code into "Assign to subject" and presses Enter. Timed in the page from the Enter to the status
 * message, which the page shows together with the view it updated itself; the API calls are read once
core's reload that confirms that view has answered too. Run it on a quiet page: thumbnails
 * still loading (after a fast scroll, thousands) share the bridge's one thread with the assign.
 */
export async function measureAssign(page: Page, view: RegExp, count: number, code: string): Promise<AssignFigures> {
  await page.getByRole('navigation', { name: 'Job' }).getByRole('button', { name: view }).click();
  // The view's thumbnails first: their loading is the opening of the view, not the assign.
  await waitForThumbs(page);
  await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').first().click();
  await page.keyboard.press('Control+A');
  await page.getByText(`${count} selected`, { exact: true }).waitFor();
  const field = page.getByLabel('Assign to subject');
  await field.fill(code);
  await page.evaluate(() => {
    const g = globalThis as unknown as AssignGlobals;
    const probe: AssignProbe = { enterAt: null, statusAt: null, paintedAt: null, status: null, longTasks: [] };
    g.__benchAssign = probe;
    g.performance.clearResourceTimings();
    g.document.addEventListener('keydown', (event) => void (event.key === 'Enter' && (probe.enterAt ??= g.performance.now())), true);
    const tasks = new g.PerformanceObserver((list) => probe.longTasks.push(...list.getEntries().map((entry) => entry.duration)));
    tasks.observe({ type: 'longtask' });
    const observer = new g.MutationObserver(() => {
      const status = g.document.querySelector('[role="status"]')?.textContent ?? '';
      if (probe.enterAt === null || !status.includes('assigned to')) return;
      probe.statusAt = g.performance.now();
      probe.status = status;
      observer.disconnect();
      g.requestAnimationFrame(() => {
        probe.paintedAt = g.performance.now();
        // Entries are handed to the callback later, at idle time: those not yet handed over are taken here.
        probe.longTasks.push(...tasks.takeRecords().map((entry) => entry.duration));
        tasks.disconnect();
      });
    });
    observer.observe(g.document.body, { subtree: true, childList: true, characterData: true });
  });
  await field.press('Enter');
  await page.waitForFunction(() => (globalThis as unknown as AssignGlobals).__benchAssign?.paintedAt != null, undefined, { polling: 'raf', timeout: 60_000 });
  const probe = await page.evaluate(() => (globalThis as unknown as AssignGlobals).__benchAssign);
  if (probe?.enterAt == null || probe.statusAt === null || probe.paintedAt === null) throw new Error('the assign probe saw no Enter');
  await page.waitForFunction(
    ({ since, methods }) => {
      const answered = (globalThis as unknown as AssignGlobals).performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since);
      return methods.every((method) => answered.some((entry) => entry.name.endsWith(`/api/${method}`)));
    },
    { since: probe.enterAt, methods: CONFIRMING },
    { timeout: 60_000 },
  );
  return {
    toStatusMs: probe.statusAt - probe.enterAt,
    toPaintMs: probe.paintedAt - probe.enterAt,
    status: probe.status ?? '',
    api: await readApiTimings(page, probe.enterAt),
    longTasks: probe.longTasks,
  };
}
