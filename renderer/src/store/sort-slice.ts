import type { StateCreator } from 'zustand/vanilla';
import type { Api, AppState, ScanProgress, SortReport } from './types';

export interface SortForm {
  /** Folder of the shoot, typed in: picking it needs a dialog method the contract lacks. */
  folder: string;
  job: string;
  /** Optional names CSV, by path. */
  names: string;
}

export type SortRun =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ScanProgress | null; notice: string | null }
  | { phase: 'done'; report: SortReport }
  | { phase: 'failed'; message: string };

export interface SortSlice {
  sortForm: SortForm;
  sortRun: SortRun;
  editSortForm: (change: Partial<SortForm>) => void;
  runSort: () => Promise<void>;
  cancelSort: () => Promise<void>;
  receiveProgress: (progress: ScanProgress) => void;
}

export function createSortSlice(api: Api): StateCreator<AppState, [], [], SortSlice> {
  return (set, get) => ({
    sortForm: { folder: '', job: '', names: '' },
    sortRun: { phase: 'idle' },

    editSortForm(change) {
      set({ sortForm: { ...get().sortForm, ...change } });
    },

    async runSort() {
      if (get().sortRun.phase === 'running') return;
      const { folder, job, names } = get().sortForm;
      set({ sortRun: { phase: 'running', progress: null, notice: null } });
      const result = await api['sort.run']({ folder, job, names: names.trim() || undefined });
      set({ sortRun: result.ok ? { phase: 'done', report: result.value } : { phase: 'failed', message: result.error.message } });
      // A finished sort creates or updates its job.
      if (result.ok) await get().loadJobs();
    },

    async cancelSort() {
      // The running sort.run call settles on its own once core has stopped.
      const result = await api['sort.cancel']({});
      const run = get().sortRun;
      if (!result.ok && run.phase === 'running') set({ sortRun: { ...run, notice: `Cancel failed: ${result.error.message}` } });
    },

    receiveProgress(progress) {
      // Progress that arrives after the run settled (or from a CLI-started scan) is not ours.
      const run = get().sortRun;
      if (run.phase === 'running') set({ sortRun: { ...run, progress } });
    },
  });
}
