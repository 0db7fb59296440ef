import type { StateCreator } from 'zustand/vanilla';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Api, AppState } from './types';
import type { Notice } from './workspace-slice';
import { failureText } from '../failure-text';

export type LeftOut = MethodOutput<'export.yearbook'>['leftOut'];

export interface ExportSlice {
  /** The job whose exports dialog is open, or null. */
  exportFor: string | null;
  exportBusy: boolean;
  exportOutcome: Notice | null;
  /** The pupils the last yearbook export could not give a portrait, each with why. */
  yearbookLeftOut: LeftOut;
  openExports: (job: string | null) => void;
  exportPhotoCodes: (file: string) => Promise<void>;
  exportYearbook: (folder: string) => Promise<void>;
}

export function createExportSlice(api: Api): StateCreator<AppState, [], [], ExportSlice> {
  return (set, get) => {
    const step = async (run: (job: string) => Promise<Partial<ExportSlice>>): Promise<void> => {
      const job = get().exportFor;
      if (job === null || get().exportBusy) return;
      set({ exportBusy: true, exportOutcome: null, yearbookLeftOut: [] });
      const done = await run(job);
      set({ exportBusy: false, ...done });
    };
    return {
      exportFor: null,
      exportBusy: false,
      exportOutcome: null,
      yearbookLeftOut: [],

      openExports(job) {
        set({ exportFor: job, exportOutcome: null, yearbookLeftOut: [] });
      },

      async exportPhotoCodes(file) {
        await step(async (job) => {
          const result = await api['export.photoCodes']({ job, file });
          if (!result.ok) return { exportOutcome: { kind: 'error', text: failureText(result.error) } };
          const { photos, rows, file: written } = result.value;
          return { exportOutcome: { kind: 'done', text: `${photos} photo${photos === 1 ? '' : 's'} listed with their codes (${rows} row${rows === 1 ? '' : 's'}): ${written}` } };
        });
      },

      async exportYearbook(folder) {
        await step(async (job) => {
          const result = await api['export.yearbook']({ job, folder });
          if (!result.ok) return { exportOutcome: { kind: 'error', text: failureText(result.error) } };
          const { portraits, leftOut, folder: written } = result.value;
          const missing = leftOut.length > 0 ? ` ${leftOut.length} pupil${leftOut.length === 1 ? ' has' : 's have'} no portrait in it: see below.` : '';
          return {
            exportOutcome: { kind: 'done', text: `${portraits} portrait${portraits === 1 ? '' : 's'} for the yearbook in ${written}.${missing}` },
            yearbookLeftOut: leftOut,
          };
        });
      },
    };
  };
}
