import type { StateCreator } from 'zustand/vanilla';
import type { MethodOutput } from '../../../shared/api/contract';
import type { RekeyHow } from '../../../shared/codes/rekey-how';
import type { Api, AppState } from './types';
import type { Notice } from './workspace-slice';
import { failureText } from '../failure-text';

export interface RekeySlice {
  /** The job whose re-key dialog is open, or null. */
  rekeyFor: string | null;
  /** A code of the job, to show what a suffix or prefix makes of it; null before it loads or in a job without codes. */
  rekeyExample: string | null;
  rekeyBusy: boolean;
  rekeyOutcome: Notice | null;
  /** The old and new codes of the re-key just done. */
  rekeyed: MethodOutput<'codes.rekey'>['codes'];
  openRekey: (job: string | null) => Promise<void>;
  rekey: (how: RekeyHow, mapFile: string | undefined) => Promise<void>;
}

export function createRekeySlice(api: Api): StateCreator<AppState, [], [], RekeySlice> {
  return (set, get) => ({
    rekeyFor: null,
    rekeyExample: null,
    rekeyBusy: false,
    rekeyOutcome: null,
    rekeyed: [],

    async openRekey(job) {
      set({ rekeyFor: job, rekeyExample: null, rekeyOutcome: null, rekeyed: [] });
      if (job === null) return;
      const subjects = await api['subjects.list']({ job });
      if (get().rekeyFor !== job) return;
      if (!subjects.ok) set({ rekeyOutcome: { kind: 'error', text: failureText(subjects.error) } });
      else set({ rekeyExample: subjects.value[0]?.code ?? null });
    },

    async rekey(how, mapFile) {
      const job = get().rekeyFor;
      if (job === null || get().rekeyBusy) return;
      set({ rekeyBusy: true, rekeyOutcome: null });
      const result = await api['codes.rekey']({ job, how, mapFile });
      if (!result.ok) {
        set({ rekeyBusy: false, rekeyOutcome: { kind: 'error', text: failureText(result.error) } });
        return;
      }
      const { codes, activated, mapFile: written } = result.value;
      const live = activated > 0 ? ` ${activated} activated code${activated === 1 ? ' is' : 's are'} live under the new code.` : '';
      set({
        rekeyBusy: false,
        rekeyed: codes,
        rekeyExample: codes[0]?.code ?? null,
        rekeyOutcome: {
          kind: 'done',
          text: `${codes.length} code${codes.length === 1 ? '' : 's'} re-keyed; photos stay in their galleries.${live} Give parents the new codes: print new cards or contact sheets.${written ? ` Old and new codes: ${written}` : ''}`,
        },
      });
    },
  });
}
