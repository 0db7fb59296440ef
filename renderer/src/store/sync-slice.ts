import type { StateCreator } from 'zustand/vanilla';
import type { MethodInput } from '../../../shared/api/contract';
import type { SyncStatus } from '../../../shared/api/sync-status';
import type { Api, AppState } from './types';
import { failureText } from '../failure-text';

export type SyncSettingsForm = MethodInput<'sync.settings.set'>;

export interface SyncSlice {
  /** Where the sync stands, as core last said; null until first asked. */
  sync: SyncStatus | null;
  syncPanelOpen: boolean;
  /** What the last action of the sync panel could not do. */
  syncError: string | null;
  loadSync: () => Promise<void>;
  /** Core pushed a new status (`sync.changed`). */
  receiveSync: (status: SyncStatus) => void;
  openSyncPanel: () => void;
  closeSyncPanel: () => void;
  /** Saves the shop, token and how to sync; false when core refused them (the error says why). */
  saveSyncSettings: (settings: SyncSettingsForm) => Promise<boolean>;
  pauseSync: () => Promise<void>;
  resumeSync: () => Promise<void>;
  /** Tries refused changes again after she mended the cause: those of `ids` (none: only a new look at the token). */
  retrySyncProblems: (ids: number[]) => Promise<void>;
}

export function createSyncSlice(api: Api): StateCreator<AppState, [], [], SyncSlice> {
  return (set) => {
    const apply = (result: Awaited<ReturnType<Api['sync.status']>>): boolean => {
      if (result.ok) set({ sync: result.value, syncError: null });
      else set({ syncError: failureText(result.error) });
      return result.ok;
    };
    return {
      sync: null,
      syncPanelOpen: false,
      syncError: null,

      async loadSync() {
        apply(await api['sync.status']({}));
      },
      receiveSync(status) {
        set({ sync: status });
      },
      openSyncPanel() {
        set({ syncPanelOpen: true, syncError: null });
      },
      closeSyncPanel() {
        set({ syncPanelOpen: false });
      },
      async saveSyncSettings(settings) {
        return apply(await api['sync.settings.set'](settings));
      },
      async pauseSync() {
        apply(await api['sync.pause']({}));
      },
      async resumeSync() {
        apply(await api['sync.resume']({}));
      },
      async retrySyncProblems(ids) {
        const result = await api['sync.retryProblems']({ ids });
        if (!result.ok) set({ syncError: failureText(result.error) });
        else apply(await api['sync.status']({}));
      },
    };
  };
}
