import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDIUM, runElectronegativity } from '../../support/security/electronegativity.js';
import type { EngFinding } from '../../support/security/electronegativity.js';

const ROOT = path.join(import.meta.dirname, '../../..');
// The main process, the preload, core (it runs in the main process too) and the page's source.
const APP = ['electron', 'renderer/index.html'];

const summary = (findings: EngFinding[]) => findings.map((f) => `${f.severity.name} ${f.id} ${f.file}:${f.location.line}`);

describe('electronegativity', () => {
  it('finds nothing of medium or high severity in the app, and reads every file', async () => {
    const report = await runElectronegativity(ROOT, APP);
    expect(report.errors).toEqual([]);
    expect(summary(report.findings.filter((f) => f.severity.value >= MEDIUM))).toEqual([]);
  });

  it('would fail on a weakened window written in TypeScript', async () => {
    const weakened = [
      "import { BrowserWindow, app } from 'electron';",
      'const preload: string = app.getAppPath();',
      'export const win: BrowserWindow = new BrowserWindow({ webPreferences: { preload, contextIsolation: false, sandbox: false } });',
    ].join('\n');
    const report = await runElectronegativity(ROOT, APP, { 'electron/main/weak-window.ts': weakened });
    expect(report.errors).toEqual([]);
    expect(summary(report.findings.filter((f) => f.severity.value >= MEDIUM))).toEqual(
      expect.arrayContaining(['HIGH CONTEXT_ISOLATION_JS_CHECK electron/main/weak-window.ts:3', 'MEDIUM SANDBOX_JS_CHECK electron/main/weak-window.ts:3']),
    );
  });

  it('would fail if navigation were left unlimited', async () => {
    const report = await runElectronegativity(ROOT, ['renderer/index.html']);
    expect(summary(report.findings)).toContain('HIGH LIMIT_NAVIGATION_GLOBAL_CHECK N/A:0');
  });
});
