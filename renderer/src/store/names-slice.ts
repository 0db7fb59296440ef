import type { StateCreator } from 'zustand/vanilla';
import type { MethodOutput } from '../../../shared/api/contract';
import type { ColumnMapping } from '../../../shared/domain';
import type { Api, AppState } from './types';
import type { Notice } from './workspace-slice';
import { failureText } from '../failure-text';

/** A preview stands for the job, the file and the column mapping it was made with (none: the job's own). */
export type NamesPreview = MethodOutput<'names.import'> & { job: string; file: string; map: ColumnMapping | undefined };

export interface NamesSlice {
  /** The job whose names dialog is open ('' for a new job), or null. */
  namesFor: string | null;
  namesBusy: boolean;
  /** What importing the file would do, as a dry run found it: shown before anything is written. */
  namesPreview: NamesPreview | null;
  namesOutcome: Notice | null;
  openNames: (job: string | null) => void;
  previewNames: (job: string, file: string, map?: ColumnMapping) => Promise<void>;
  /** Imports what was previewed; the same job, file and mapping only. */
  importPreviewed: () => Promise<void>;
  exportNames: (job: string, file: string) => Promise<void>;
}

export function createNamesSlice(api: Api): StateCreator<AppState, [], [], NamesSlice> {
  return (set, get) => {
    const busy = async (run: () => Promise<Partial<NamesSlice>>): Promise<void> => {
      if (get().namesBusy) return;
      set({ namesBusy: true, namesOutcome: null });
      set({ ...(await run()), namesBusy: false });
    };
    return {
      namesFor: null,
      namesBusy: false,
      namesPreview: null,
      namesOutcome: null,

      openNames(job) {
        set({ namesFor: job, namesPreview: null, namesOutcome: null });
        if (job) void get().loadTable(job);
      },

      async previewNames(job, file, map) {
        await busy(async () => {
          const result = await api['names.import']({ job, file, dryRun: true, map });
          return result.ok ? { namesPreview: { ...result.value, job, file, map } } : { namesPreview: null, namesOutcome: { kind: 'error', text: failureText(result.error) } };
        });
      },

      async importPreviewed() {
        const preview = get().namesPreview;
        if (preview === null) return;
        await busy(async () => {
          const result = await api['names.import']({ job: preview.job, file: preview.file, dryRun: false, map: preview.map });
          if (!result.ok) return { namesOutcome: { kind: 'error', text: failureText(result.error) } };
          const { added, updated, unchanged } = result.value;
          await Promise.all([get().loadJobs(), get().loadTable(preview.job)]);
          return {
            namesFor: preview.job,
            namesPreview: null,
            namesOutcome: { kind: 'done', text: `Imported into “${preview.job}”: ${added} added, ${updated} changed, ${unchanged} unchanged.` },
          };
        });
      },

      async exportNames(job, file) {
        await busy(async () => {
          const result = await api['names.export']({ job, file });
          return { namesOutcome: result.ok ? { kind: 'done', text: `${result.value.rows} pupils written: ${result.value.file}` } : { kind: 'error', text: failureText(result.error) } };
        });
      },
    };
  };
}
