import type { StateCreator } from 'zustand/vanilla';
import type { Api, AppState, ScanProgress, SortReport } from './types';
import { failureText } from '../failure-text';

export interface SortForm {
  /** Folders of the shoot, one per line (two memory cards feed one job): typed, chosen or dropped. */
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
      const folders = folder.split('\n').map((line) => line.trim()).filter(Boolean);
      set({ sortRun: { phase: 'running', progress: null, notice: null } });
      // One folder after the other into the same job; the names list comes with the first.
      let outcome: SortRun = { phase: 'failed', message: 'no folder given' };
      for (const [i, one] of folders.entries()) {
        const result = await api['sort.run']({ folder: one, job, names: i === 0 ? names.trim() || undefined : undefined });
        outcome = result.ok ? { phase: 'done', report: result.value } : { phase: 'failed', message: folders.length > 1 ? `${one}: ${failureText(result.error)}` : failureText(result.error) };
        if (!result.ok) break;
      }
      set({ sortRun: outcome });
      // A finished sort creates or updates its job.
      if (outcome.phase === 'done') await get().loadJobs();
    },

    async cancelSort() {
      // The running sort.run call settles on its own once core has stopped.
      const result = await api['sort.cancel']({});
      const run = get().sortRun;
      if (!result.ok && run.phase === 'running') set({ sortRun: { ...run, notice: `Cancel failed: ${failureText(result.error)}` } });
    },

    receiveProgress(progress) {
      // Progress that arrives after the run settled (or from a CLI-started scan) is not ours.
      const run = get().sortRun;
      if (run.phase === 'running') set({ sortRun: { ...run, progress } });
    },
  });
}
