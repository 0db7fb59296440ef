import type { StateCreator } from 'zustand/vanilla';
import type { JobStatus } from '../../../shared/domain';
import type { Api, AppState, JobSummary } from './types';
import { failureText } from '../failure-text';

export interface JobsSlice {
  jobs: JobSummary[];
  /** The last failed jobs call, shown until the next one succeeds. */
  jobsError: string | null;
  loadJobs: () => Promise<void>;
  setJobStatus: (name: string, status: JobStatus) => Promise<void>;
  deleteJob: (name: string) => Promise<void>;
  renameJob: (name: string, to: string) => Promise<void>;
}

export function createJobsSlice(api: Api): StateCreator<AppState, [], [], JobsSlice> {
  return (set, get) => ({
    jobs: [],
    jobsError: null,

    async loadJobs() {
      const result = await api['jobs.list']({});
      set(result.ok ? { jobs: result.value, jobsError: null } : { jobsError: failureText(result.error) });
    },

    async setJobStatus(name, status) {
      const result = await api['jobs.setStatus']({ name, status });
      if (result.ok) await get().loadJobs();
      else set({ jobsError: failureText(result.error) });
    },

    async renameJob(name, to) {
      const result = await api['jobs.rename']({ name, to });
      if (result.ok) await get().loadJobs();
      else set({ jobsError: failureText(result.error) });
    },

    async deleteJob(name) {
      const result = await api['jobs.delete']({ name });
      if (result.ok) await get().loadJobs();
      else set({ jobsError: failureText(result.error) });
    },
  });
}
