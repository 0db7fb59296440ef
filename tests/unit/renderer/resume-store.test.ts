import { describe, expect, it } from 'vitest';
import type { ApiClient, ApiHandlers, MethodOutput } from '../../../shared/api/contract.js';
import { createClient, handleCall } from '../../../shared/api/derive.js';
import { createAppStore } from '../../../renderer/src/store/create-app-store.js';
import { fakeHandlers, REPORT } from '../shell/fake-handlers.js';

const STOPPED: MethodOutput<'sort.interrupted'> = [
  { job: 'Spring', folder: '/Volumes/CARD/DCIM', startedAt: '2026-12-01T09:41:00.000Z', analysed: 120, found: 300 },
  { job: 'Autumn', folder: '/Volumes/CARD2/DCIM', startedAt: '2026-12-01T10:02:00.000Z', analysed: 0, found: 0 },
];

/** The resume slice over the real client derivation and a core stand-in that remembers the records. */
function storeOver(overrides: Partial<ApiHandlers> = {}) {
  let records = [...STOPPED];
  const calls: string[] = [];
  const handlers = fakeHandlers({
    'sort.interrupted': () => Promise.resolve(records),
    'sort.resume': ({ job }) => {
      calls.push(`resume ${job}`);
      records = records.filter((run) => run.job !== job);
      return Promise.resolve(REPORT);
    },
    'sort.dismiss': ({ job }) => {
      calls.push(`dismiss ${job}`);
      records = records.filter((run) => run.job !== job);
      return Promise.resolve({ dismissed: true });
    },
    ...overrides,
  });
  const api: ApiClient = createClient((channel, input) => handleCall(handlers, channel.replace(/^api:/, ''), input));
  return { store: createAppStore(api), calls };
}

describe('interrupted sorts in the store', () => {
  it('goes on with a sort as a sort from the form: running with its progress, then its report', async () => {
    const { store, calls } = storeOver();
    await store.getState().loadInterruptedSorts();
    expect(store.getState().interruptedSorts).toEqual(STOPPED);
    const going = store.getState().resumeSort('Spring');
    expect(store.getState().sortRun).toEqual({ phase: 'running', progress: null, notice: null });
    expect(store.getState().interruptedSorts.map((run) => run.job)).toEqual(['Autumn']);
    store.getState().receiveProgress({ stage: 'analyse', done: 3, total: 180, rate: 4 });
    expect(store.getState().sortRun).toMatchObject({ phase: 'running', progress: { done: 3, total: 180 } });
    await going;
    expect(store.getState().sortRun).toEqual({ phase: 'done', report: REPORT });
    expect(calls).toEqual(['resume Spring']);
    expect(store.getState().interruptedSorts.map((run) => run.job)).toEqual(['Autumn']);
  });

  it('does not start a second sort while one runs', async () => {
    const { store, calls } = storeOver();
    await store.getState().loadInterruptedSorts();
    store.setState({ sortRun: { phase: 'running', progress: null, notice: null } });
    await store.getState().resumeSort('Spring');
    expect(calls).toEqual([]);
    expect(store.getState().interruptedSorts).toEqual(STOPPED);
  });

  it('says why going on failed, and dismisses a sort without running it', async () => {
    const { store, calls } = storeOver({ 'sort.resume': () => Promise.reject(new Error('/Volumes/CARD/DCIM is not a folder (mistyped, or the card is not mounted?)')) });
    await store.getState().loadInterruptedSorts();
    await store.getState().resumeSort('Spring');
    expect(store.getState().sortRun).toEqual({ phase: 'failed', message: '/Volumes/CARD/DCIM is not a folder (mistyped, or the card is not mounted?)' });
    await store.getState().dismissInterruptedSort('Autumn');
    expect(calls).toEqual(['dismiss Autumn']);
    expect(store.getState().interruptedSorts.map((run) => run.job)).toEqual(['Spring']);
  });

  it('shows a refused dismissal as the jobs screen’s error', async () => {
    const { store } = storeOver({ 'sort.dismiss': () => Promise.reject(new Error('job "Spring" is being sorted right now; cancel that sort instead')) });
    await store.getState().loadInterruptedSorts();
    await store.getState().dismissInterruptedSort('Spring');
    expect(store.getState().jobsError).toBe('job "Spring" is being sorted right now; cancel that sort instead');
    expect(store.getState().interruptedSorts).toEqual(STOPPED);
  });
});
