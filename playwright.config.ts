import { defineConfig } from '@playwright/test';

// End-to-end: the built page and the real core through the browser bridge, in Debian's Chromium
// (never a browser Playwright downloads). Vitest runs everything else (tests/**/*.test.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each spec file opens its own core, bridge and page (tests/e2e/fixtures.ts); one at a time on a small machine.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // Generating a shoot and sorting it take a while.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // Playwright empties its output folder on each run: keep it apart from test-results/vitest.json.
  outputDir: 'test-results/playwright',
  // The JSON file is what .ci/run counts; the list is what people read.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
});
