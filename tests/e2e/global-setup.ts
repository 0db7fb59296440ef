import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';

const REPO = join(import.meta.dirname, '..', '..');

/** Say what is missing before any test starts, rather than as a launch or page-load failure in each file. */
export default function globalSetup(config: FullConfig): void {
  const problems: string[] = [];
  for (const project of config.projects) {
    const chromium = project.use.launchOptions?.executablePath;
    if (chromium && !existsSync(chromium)) problems.push(`${chromium} is missing: the end-to-end tests use Debian's Chromium (apt-get install -y chromium)`);
  }
  const built: Array<[string, string]> = [
    [join('out', 'renderer', 'index.html'), 'the page is not built: npm run build'],
    [join('dist', 'bridge-client.js'), 'the browser bridge client is not built: npm run build:cli'],
    [join('dist', 'analyse-worker.js'), 'the scan worker is not built: npm run build:cli'],
  ];
  for (const [file, fix] of built) if (!existsSync(join(REPO, file))) problems.push(`${file} is missing: ${fix}`);
  if (problems.length > 0) throw new Error(`cannot run the end-to-end tests:\n  ${[...new Set(problems)].join('\n  ')}`);
}
