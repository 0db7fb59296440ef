import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCall } from '../../../shared/api/derive.js';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';

/**
 * Expected refusals reach the window as their kind, not as 'failed': it can then say "not there",
 * "taken" or "wait" (renderer/src/failure-text.ts). Through the same boundary every transport uses.
 */
describe('the kind of a refusal crosses the boundary', () => {
  let work: string;
  let core: Core;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-failure-kinds-'));
    core = createCore({ dbPath: join(work, 'shootdesk.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
    const names = join(work, 'names.csv');
    writeFileSync(names, 'First name,Last name,Class\nAda,Park,1A\n');
    for (const job of ['Spring', 'Autumn']) expect((await handleCall(core.handlers, 'names.import', { job, file: names, dryRun: false })).ok).toBe(true);
  });
  afterAll(async () => {
    await core.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['renaming a job to a name another job has', 'jobs.rename', { name: 'Spring', to: 'autumn' }, 'conflict', 'there is already a job named "autumn"; choose another name'],
    ['renaming a job that does not exist', 'jobs.rename', { name: 'Winter', to: 'Summer' }, 'not-found', 'no job named "Winter"'],
    ['deleting a job that does not exist', 'jobs.delete', { name: 'Winter' }, 'not-found', 'no job named "Winter"'],
    ['going on with a sort that was never interrupted', 'sort.resume', { job: 'Spring' }, 'not-found', 'job "Spring" has no interrupted sort to go on with'],
    ['a job name that is not one', 'jobs.delete', { name: '' }, 'invalid-input', expect.any(String) as unknown],
  ] as const)('%s: %s', async (_what, method, input, code, message) => {
    expect(await handleCall(core.handlers, method, input)).toEqual({ ok: false, error: { code, message } });
  });

  it('keeps other failures as failed', async () => {
    const answer = await handleCall(core.handlers, 'names.import', { job: 'Spring', file: join(work, 'missing.csv'), dryRun: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});
