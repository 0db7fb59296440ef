import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { startBridge } from '../../../electron/host/bridge-server.js';
import type { BigJob } from './build-big-job.js';
import { openCopy } from './open-copy.js';
import { allowKeptNames } from './page-globals.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
export const RENDERER_DIR = join(REPO, 'out', 'renderer');
export const BRIDGE_CLIENT = join(REPO, 'dist', 'bridge-client.js');
/** The smallest laptop screen the workspace must be usable on (issue 6). */
export const VIEWPORT = { width: 1366, height: 768 };

export interface Desk {
  page: Page;
  /** DevTools on the page: what the heap is read through. */
  cdp: CDPSession;
  /** Uncaught errors on the page: a run with any does not count. */
  pageErrors: Error[];
  close(): Promise<void>;
}

/**
 * The built page in a fresh browser context (empty HTTP cache: the thumbnails load as on a first
 * opening), served by the browser bridge from a real core on a fresh copy of the job.
 */
export async function openDesk(browser: Browser, job: BigJob): Promise<Desk> {
  const copy = openCopy(job);
  const bridge = await startBridge({
    handlers: copy.core.handlers,
    subscribe: copy.subscribe,
    rendererDir: RENDERER_DIR,
    clientScript: BRIDGE_CLIENT,
    cacheDir: job.cacheDir,
    token: randomBytes(16).toString('hex'),
  });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await allowKeptNames(context);
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(bridge.url);
  return {
    page,
    cdp: await context.newCDPSession(page),
    pageErrors,
    async close() {
      await context.close();
      await bridge.close();
      await copy.close();
    },
  };
}
