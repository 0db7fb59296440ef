import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/api/sync-status.js';
import { describeBytes, describeRate, describeSync, describeTimeLeft } from '../../../renderer/src/sync/describe-sync.js';
import { SYNC_STATUS } from '../shell/fake-handlers.js';

// The status the fake core answers: online, nothing pending.
const base: SyncStatus = SYNC_STATUS;

describe('the sync as the window words it', () => {
  const cases: [Partial<SyncStatus>, string][] = [
    [{ state: 'off', server: null }, 'Sync off'],
    [{ state: 'offline', pending: 12 }, 'Offline'],
    [{ state: 'online' }, 'Up to date'],
    [{ state: 'online', pending: 1 }, '1 change to send'],
    [{ state: 'online', pending: 3 }, '3 changes to send'],
    [{ state: 'syncing', run: { sent: 120, total: 3000 }, bytesPerSecond: 4_200_000, secondsLeft: 170 }, 'Syncing 120 of 3,000 · 4.2 MB/s · 3 min left'],
    // Before the first bytes moved there is no rate, and no time left to promise.
    [{ state: 'syncing', run: { sent: 0, total: 40 }, bytesPerSecond: 0, secondsLeft: null }, 'Syncing 0 of 40'],
    [{ state: 'syncing', run: { sent: 39, total: 40 }, bytesPerSecond: 800_000, secondsLeft: 0 }, 'Syncing 39 of 40 · 0.8 MB/s'],
    [{ state: 'paused', pending: 7 }, 'Paused'],
    [{ state: 'online', problemCount: 2 }, '2 problems'],
    [{ state: 'online', problemCount: 1, pending: 4 }, '1 problem'],
    [{ state: 'offline', problemCount: 2 }, 'Offline · 2 problems'],
    [{ state: 'syncing', run: { sent: 5, total: 9 }, problemCount: 1 }, 'Syncing 5 of 9 · 1 problem'],
    // Uploads the last Shootdesk left under way, said until a run has gone on with them.
    [{ state: 'offline', resumed: 3 }, 'Offline · resuming 3 uploads'],
    [{ state: 'syncing', run: { sent: 0, total: 4 }, resumed: 1 }, 'Syncing 0 of 4 · resuming 1 upload'],
    [{ state: 'online', pending: 2, resumed: 2, problemCount: 1 }, '1 problem · resuming 2 uploads'],
    [{ state: 'paused', resumed: 2 }, 'Paused · resuming 2 uploads'],
  ];
  it.each(cases)('%o → %s', (change, text) => {
    expect(describeSync({ ...base, ...change })).toBe(text);
  });

  it.each([
    [999, '0.0 MB/s'],
    [4_200_000, '4.2 MB/s'],
    [12_600_000, '13 MB/s'],
  ])('%i bytes/s → %s', (rate, text) => {
    expect(describeRate(rate)).toBe(text);
  });

  it.each([
    [0.2, '1 s'],
    [45, '45 s'],
    [60, '1 min'],
    [61, '2 min'],
    [3600, '1 h'],
    [4801, '1 h 21 min'],
  ])('%d s left → %s', (seconds, text) => {
    expect(describeTimeLeft(seconds)).toBe(text);
  });

  it.each([
    [1, '1 kB'],
    [640_000, '640 kB'],
    [4_230_000, '4.2 MB'],
    [1_500_000_000, '1.50 GB'],
  ])('%i bytes → %s', (bytes, text) => {
    expect(describeBytes(bytes)).toBe(text);
  });
});
