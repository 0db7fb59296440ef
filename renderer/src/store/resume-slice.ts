import type { StateCreator } from 'zustand/vanilla';
import type { Api, AppState, InterruptedSort } from './types';
import { failureText } from '../failure-text';

export interface ResumeSlice {
  /** Sorts that Shootdesk was closed, killed or crashed in the middle of, oldest first. */
  interruptedSorts: InterruptedSort[];
  loadInterruptedSorts: () => Promise<void>;
  /** Goes on with the job's sort as a sort run from the form: its progress, its summary. */
  resumeSort: (job: string) => Promise<void>;
  dismissInterruptedSort: (job: string) => Promise<void>;
}

export function createResumeSlice(api: Api): StateCreator<AppState, [], [], ResumeSlice> {
  return (set, get) => ({
    interruptedSorts: [],

    async loadInterruptedSorts() {
      const result = await api['sort.interrupted']({});
      set(result.ok ? { interruptedSorts: result.value } : { jobsError: failureText(result.error) });
    },

    async resumeSort(job) {
      if (get().sortRun.phase === 'running') return;
      set({ sortRun: { phase: 'running', progress: null, notice: null }, interruptedSorts: get().interruptedSorts.filter((run) => run.job !== job) });
      const result = await api['sort.resume']({ job });
      set({ sortRun: result.ok ? { phase: 'done', report: result.value } : { phase: 'failed', message: failureText(result.error) } });
      // A sort that failed again is no longer under way: its record went with it, as after any failed sort.
      await Promise.all([get().loadJobs(), get().loadInterruptedSorts()]);
    },

    async dismissInterruptedSort(job) {
      const result = await api['sort.dismiss']({ job });
      if (!result.ok) set({ jobsError: failureText(result.error) });
      await get().loadInterruptedSorts();
    },
  });
}
