import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import type { Core } from '../../electron/core/app/create-core.js';
import type { Bridge } from '../../electron/host/bridge-server.js';
import { openBridge } from '../support/open-bridge.js';
import { generateShoot } from '../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../support/shoot/manifest.js';
import { writeNamesCsv, type NamesCsvVariant } from '../support/shoot/names-csv.js';
import type { ShootSpec } from '../support/shoot/shoot-spec.js';

export { test, expect };

const RENDERER = join(import.meta.dirname, '..', '..', 'out', 'renderer');

/** A generated shoot and its names list (the path to type into the page). */
export interface Shoot {
  manifest: ShootManifest;
  names: string;
}

/** What one spec file drives: a real core on a fresh store, the browser bridge serving the built page, and that page. */
export interface Desk {
  readonly work: string;
  readonly core: Core;
  readonly bridge: Bridge;
  readonly page: Page;
  /** Generates a shoot in the work folder (`name` keeps several apart) and writes its names list beside it. */
  generateShoot(spec: ShootSpec, options?: { name?: string; variant?: NamesCsvVariant }): Promise<Shoot>;
}

/**
 * Opens a desk for the calling file (or describe block) and closes it after its last test. Its
 * tests run in order, stop at the first failure, and share the desk's store and page, so each may
 * build on what the previous one left. An uncaught error on the page fails the test it happened in.
 * Use `desk` inside hooks and tests only; beforeAll hooks registered after this call see it open.
 */
export function useDesk(): Desk {
  test.describe.configure({ mode: 'serial' });
  let work: string | undefined;
  let opened: { core: Core; bridge: Bridge; context: BrowserContext; page: Page } | undefined;
  const pageErrors: Error[] = [];
  const failOnPageErrors = (): void => {
    const errors = pageErrors.splice(0);
    if (errors.length > 0) throw new Error(`uncaught error on the page:\n${errors.map((error) => error.stack ?? error.message).join('\n')}`);
  };

  test.beforeAll(async ({ browser }) => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-e2e-'));
    const { core, bridge } = await openBridge(work, RENDERER, 'e2e-token-0123456789');
    const context = await browser.newContext();
    const page = await context.newPage();
    opened = { core, bridge, context, page };
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(bridge.url);
    failOnPageErrors();
  });
  test.afterEach(failOnPageErrors);
  test.afterAll(async () => {
    await opened?.context.close();
    await opened?.bridge.close();
    await opened?.core.close();
    if (work) rmSync(work, { recursive: true, force: true });
    opened = undefined;
    work = undefined;
  });

  const open = () => {
    if (!opened || !work) throw new Error('the desk is open only inside the hooks and tests of the file that called useDesk()');
    return { ...opened, work };
  };
  return {
    get work() {
      return open().work;
    },
    get core() {
      return open().core;
    },
    get bridge() {
      return open().bridge;
    },
    get page() {
      return open().page;
    },
    async generateShoot(spec, { name = 'shoot', variant } = {}) {
      const { work } = open();
      const manifest = await generateShoot(join(work, name), spec);
      const names = join(work, `${name}-names.csv`);
      await writeNamesCsv(manifest, names, variant ? { variant } : {});
      return { manifest, names };
    },
  };
}
