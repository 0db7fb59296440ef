import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/create-core.js';
import type { Bridge } from '../../electron/host/bridge-server.js';
import { openBridge } from '../support/open-bridge.js';
import { generateShoot } from '../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../support/shoot/manifest.js';
import { writeNamesCsv } from '../support/shoot/names-csv.js';

const REPO = join(import.meta.dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';

// The real renderer build and the real core, through the browser bridge, in Debian's Chromium.
describe('sorting a shoot from the desktop page', () => {
  let work: string;
  let manifest: ShootManifest;
  let names: string;
  let core: Core;
  let bridge: Bridge;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    if (!existsSync(join(REPO, 'out', 'renderer', 'index.html'))) throw new Error('the page is not built: npm run build');
    work = mkdtempSync(join(tmpdir(), 'shootdesk-e2e-'));
    manifest = await generateShoot(join(work, 'shoot'), { seed: 17, subjects: 5, photosPerSubject: [2, 3], traps: ['lead-photos', 'glare-blown'] });
    names = join(work, 'names.csv');
    await writeNamesCsv(manifest, names);
    ({ core, bridge } = await openBridge(work, join(REPO, 'out', 'renderer'), 'e2e-token-0123456789'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(bridge.url);
  });
  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    await core?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('sorts, shows the galleries and what to review, and lists the job', async () => {
    await page.getByText('No jobs yet.').waitFor();
    await page.getByLabel('Photo folder').fill(manifest.root);
    await page.getByLabel('Job name').fill('Spring 2026');
    await page.getByLabel('Names CSV (optional)').fill(names);
    await page.getByRole('button', { name: 'Sort' }).click();

    await page.getByRole('heading', { name: 'Sorted “Spring 2026”' }).waitFor({ timeout: 60_000 });
    const expectedGalleries = manifest.subjects.length - 1;
    // Every frame that shows a card counts as one (and stays hidden), the held glare card too.
    const cardFrames = manifest.files.filter((file) => file.card).length;
    expect(await page.locator('section', { hasText: 'Sorted' }).locator('p').first().textContent()).toMatch(
      new RegExp(`^${expectedGalleries} galleries from \\d+ photos and ${cardFrames} cards`),
    );
    expect(await page.getByRole('heading', { name: 'To review' }).count()).toBe(1);
    expect(await page.getByText('looks like a card, but no code could be read from it').count()).toBe(1);
    await page.getByRole('cell', { name: 'Spring 2026' }).waitFor();
  });

  it('changes a job’s status through the page and the store keeps it', async () => {
    await page.getByLabel('Status of Spring 2026').selectOption('selling');
    await expect.poll(async () => (await core.handlers['jobs.list']({}))[0]?.status).toBe('selling');
    await page.reload();
    expect(await page.getByLabel('Status of Spring 2026').inputValue()).toBe('selling');
  });
});
