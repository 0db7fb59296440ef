import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One finding as electronegativity's programmatic API returns it. */
export interface EngFinding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string; value: number };
  confidence: { name: string };
  description: string;
}

export interface EngReport {
  findings: EngFinding[];
  /** Files it could not parse: those were not checked at all. */
  errors: Array<{ file: string; message: string }>;
}

interface RunOptions {
  input: string;
  isRelative: boolean;
  electronVersionOverride: string;
  excludeFromScan: string[];
}

type Runner = (options: RunOptions) => Promise<{ issues: EngFinding[]; errors: Array<{ file: string; message: string }> }>;

const require = createRequire(import.meta.url);

/**
 * Checks electronegativity skips, each by name. AvailableSecurityFixesGlobalCheck compares the
 * Electron version in a scanned package.json with a release list it downloads from GitHub on
 * every run (and writes into node_modules): the scanned folder has no package.json, and the
 * pinned Electron is upgraded on purpose, not when a test happens to be online.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** HIGH is 3, MEDIUM 2, LOW 1, INFORMATIONAL 0. */
export const MEDIUM = 2;

/**
 * Runs electronegativity over a copy of `files` (repository-relative files or folders, kept
 * at their paths) and of the extra files in `write`, so that the global checks (navigation
 * limits, permission handler, CSP) see the main process and the page together. Findings name
 * files relative to the repository.
 */
export async function runElectronegativity(root: string, files: readonly string[], write: Record<string, string> = {}): Promise<EngReport> {
  const input = mkdtempSync(path.join(tmpdir(), 'shootdesk-eng-'));
  try {
    for (const file of files) cpSync(path.join(root, file), path.join(input, file), { recursive: true });
    for (const [file, text] of Object.entries(write)) {
      mkdirSync(path.dirname(path.join(input, file)), { recursive: true });
      writeFileSync(path.join(input, file), text);
    }
    const electron = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string };
    const run = require('@doyensec/electronegativity') as Runner;
    const result = await quietly(() => run({ input, isRelative: true, electronVersionOverride: electron.version, excludeFromScan: EXCLUDED_CHECKS }));
    return { findings: result.issues, errors: result.errors.map(({ file, message }) => ({ file: path.relative(input, file), message })) };
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

/** It prints progress and a failed translation download to the console; the report is what counts. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
  }
}
