// Runs both test suites, the second even when the first fails, and exits with the worse status,
// so one run reports (and .ci/run counts) every test: Vitest (tests/**/*.test.ts), then the
// end-to-end tests under Playwright (tests/e2e/**/*.spec.ts). Expects the bundles built (npm test builds them).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (name, args) => {
  const result = spawnSync(bin(name), args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) console.error(`${name}: ${result.error.message}`);
  return result.status ?? 1;
};

const statuses = [run('vitest', ['run']), run('playwright', ['test'])];
process.exit(Math.max(...statuses));
