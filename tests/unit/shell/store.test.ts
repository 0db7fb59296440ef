import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../shared/api/contract.js';
import { createClient, handleCall } from '../../../shared/api/derive.js';
import { createAppStore } from '../../../renderer/src/store/create-app-store.js';
import { JOB, REPORT, fakeHandlers } from './fake-handlers.js';

// The renderer's slices against the real client derivation and a fake core.
function storeOver(overrides: Parameters<typeof fakeHandlers>[0] = {}) {
  const handlers = fakeHandlers(overrides);
  const api: ApiClient = createClient((channel, input) => handleCall(handlers, channel.replace(/^api:/, ''), input));
  return createAppStore(api);
}

const progress = { stage: 'analyse', done: 5, total: 20, rate: 40 } as const;

describe('jobs slice', () => {
  it('loads jobs and reloads after a status change or delete', async () => {
    const list = vi.fn(() => Promise.resolve([JOB]));
    const store = storeOver({ 'jobs.list': list });
    await store.getState().loadJobs();
    expect(store.getState().jobs).toEqual([JOB]);
    await store.getState().setJobStatus(JOB.name, 'selling');
    await store.getState().deleteJob(JOB.name);
    expect(list).toHaveBeenCalledTimes(3);
  });

  it('shows a failed call as jobsError and clears it on the next success', async () => {
    let fail = true;
    const store = storeOver({ 'jobs.list': () => (fail ? Promise.reject(new Error('database is locked')) : Promise.resolve([])) });
    await store.getState().loadJobs();
    expect(store.getState().jobsError).toBe('database is locked');
    fail = false;
    await store.getState().loadJobs();
    expect(store.getState().jobsError).toBeNull();
  });
});

describe('sort slice', () => {
  it('runs a sort, tracks progress while running, then shows the report', async () => {
    let finish: (() => void) | undefined;
    const store = storeOver({ 'sort.run': () => new Promise((resolve) => (finish = () => resolve(REPORT))) });
    store.getState().editSortForm({ folder: '/shoot', job: 'Springfield 2025' });
    const running = store.getState().runSort();
    await vi.waitFor(() => expect(finish).toBeDefined());
    store.getState().receiveProgress(progress);
    expect(store.getState().sortRun).toEqual({ phase: 'running', progress, notice: null });
    finish?.();
    await running;
    expect(store.getState().sortRun).toEqual({ phase: 'done', report: REPORT });
  });

  it('omits an empty names field and ignores progress when no sort is running', async () => {
    const run = vi.fn(() => Promise.resolve(REPORT));
    const store = storeOver({ 'sort.run': run });
    store.getState().receiveProgress(progress);
    expect(store.getState().sortRun).toEqual({ phase: 'idle' });
    store.getState().editSortForm({ folder: '/shoot', job: 'J', names: '  ' });
    await store.getState().runSort();
    expect(run).toHaveBeenCalledWith({ folder: '/shoot', job: 'J' });
  });

  it('sorts several folders into one job in turn, the names list with the first, and stops at the first failure', async () => {
    const calls: unknown[] = [];
    const store = storeOver({
      'sort.run': (input) => {
        calls.push(input);
        return input.folder === '/card-3' ? Promise.reject(new Error('not a folder')) : Promise.resolve(REPORT);
      },
    });
    store.getState().editSortForm({ folder: ' /card-1 \n\n/card-2\n/card-3\n/card-4', job: 'J', names: 'names.csv' });
    await store.getState().runSort();
    expect(calls).toEqual([
      { folder: '/card-1', job: 'J', names: 'names.csv' },
      { folder: '/card-2', job: 'J' },
      { folder: '/card-3', job: 'J' },
    ]);
    expect(store.getState().sortRun).toEqual({ phase: 'failed', message: '/card-3: not a folder' });
  });

  it('shows why a sort failed', async () => {
    const store = storeOver({ 'sort.run': () => Promise.reject(new Error('folder not found: /shoot')) });
    store.getState().editSortForm({ folder: '/shoot', job: 'J' });
    await store.getState().runSort();
    expect(store.getState().sortRun).toEqual({ phase: 'failed', message: 'folder not found: /shoot' });
  });
});
