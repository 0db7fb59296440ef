import type { StateCreator } from 'zustand/vanilla';
import type { EventPayload } from '../../../shared/api/contract';
import type { Api, AppState } from './types';
import { failureText } from '../failure-text';

export interface WatchSlice {
  /** The folder being watched for the open job (tethered shooting), or null. */
  watchedFolder: string | null;
  lastPass: EventPayload<'watch.sorted'> | null;
  startWatch: (folder: string) => Promise<void>;
  stopWatch: () => Promise<void>;
  /** A pass over the watched folder finished: the galleries change under her eyes. */
  receiveWatchPass: (pass: EventPayload<'watch.sorted'>) => void;
}

export function createWatchSlice(api: Api): StateCreator<AppState, [], [], WatchSlice> {
  return (set, get) => ({
    watchedFolder: null,
    lastPass: null,

    async startWatch(folder) {
      const job = get().openJob;
      if (job === null || folder.trim() === '') return;
      const result = await api['watch.start']({ folder: folder.trim(), job });
      if (result.ok) set({ watchedFolder: folder.trim(), lastPass: null });
      else set({ notice: { kind: 'error', text: failureText(result.error) } });
    },

    async stopWatch() {
      await api['watch.stop']({});
      set({ watchedFolder: null });
    },

    receiveWatchPass(pass) {
      if (pass.job !== get().openJob) return;
      set({ lastPass: pass });
      if (!pass.ok) return;
      void get().refreshJob();
      if (get().streams !== null) void get().loadStreams();
    },
  });
}
