import type { StateCreator } from 'zustand/vanilla';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Api, AppState } from './types';
import type { Notice } from './workspace-slice';
import { failureText } from '../failure-text';

export type Preflight = MethodOutput<'preflight.get'>;
export type PreflightWarning = Preflight['warnings'][number];

export interface PreflightSlice {
  /** The open job's pre-flight while its dialog is open; null when closed. */
  preflight: Preflight | null;
  /** The codes of the open pre-flight that are activated. */
  activatedCodes: ReadonlySet<string>;
  preflightBusy: boolean;
  preflightNotice: Notice | null;
  openPreflight: () => Promise<void>;
  closePreflight: () => void;
  /** Takes the warning's one step, then looks again. */
  applyFix: (warning: PreflightWarning) => Promise<void>;
  /** Activates or deactivates the codes she picked in the list, then looks again. */
  setActivated: (codes: readonly string[], activated: boolean) => Promise<void>;
}

export function createPreflightSlice(api: Api): StateCreator<AppState, [], [], PreflightSlice> {
  return (set, get) => {
    const load = async (job: string): Promise<void> => {
      const [result, subjects] = await Promise.all([api['preflight.get']({ job }), api['subjects.list']({ job })]);
      if (!result.ok) set({ preflightNotice: { kind: 'error', text: failureText(result.error) } });
      else if (!subjects.ok) set({ preflightNotice: { kind: 'error', text: failureText(subjects.error) } });
      else set({ preflight: result.value, activatedCodes: new Set(subjects.value.filter((s) => s.activated).map((s) => s.code)) });
    };
    return {
      preflight: null,
      activatedCodes: new Set(),
      preflightBusy: false,
      preflightNotice: null,

      async openPreflight() {
        const job = get().openJob;
        if (job === null) return;
        set({ preflightNotice: null });
        await load(job);
      },

      closePreflight() {
        set({ preflight: null, preflightNotice: null });
      },

      async applyFix(warning) {
        const job = get().openJob;
        if (job === null || get().preflightBusy) return;
        if (warning.fix === 'review') {
          get().closePreflight();
          const report = get().report;
          get().showView(report && report.review.length > 0 ? { kind: 'review', index: 0 } : { kind: 'unassigned' });
          return;
        }
        set({ preflightBusy: true, preflightNotice: null });
        const codes = warning.items;
        const result =
          warning.fix === 'set-selling'
            ? await api['jobs.setStatus']({ name: job, status: 'selling' })
            : warning.fix === 'activate'
              ? await api['codes.activate']({ job, all: false, codes })
              : warning.fix === 'deactivate'
                ? await api['codes.deactivate']({ job, codes })
                : await api['photos.setHidden']({ job, photos: warning.items, hidden: false });
        if (!result.ok) set({ preflightNotice: { kind: 'error', text: failureText(result.error) } });
        else {
          set({ preflightNotice: { kind: 'done', text: FIXED[warning.fix] } });
          // Showing photos and activating change what the workspace shows too.
          await get().refreshJob();
        }
        await load(job);
        set({ preflightBusy: false });
      },

      async setActivated(codes, activated) {
        const job = get().openJob;
        if (job === null || codes.length === 0 || get().preflightBusy) return;
        set({ preflightBusy: true, preflightNotice: null });
        const result = activated ? await api['codes.activate']({ job, all: false, codes: [...codes] }) : await api['codes.deactivate']({ job, codes: [...codes] });
        if (!result.ok) set({ preflightNotice: { kind: 'error', text: failureText(result.error) } });
        else {
          const n = codes.length;
          set({ preflightNotice: { kind: 'done', text: `${n} code${n === 1 ? '' : 's'} ${activated ? 'activated' : 'deactivated'}.` } });
          await get().refreshJob();
        }
        await load(job);
        set({ preflightBusy: false });
      },
    };
  };
}

const FIXED: Record<Exclude<PreflightWarning['fix'], 'review'>, string> = {
  'set-selling': 'The job is selling.',
  activate: 'Codes activated.',
  deactivate: 'Codes deactivated.',
  'show-photos': 'Index photos shown again.',
};
