import type { StateCreator } from 'zustand/vanilla';
import type { SparesTarget } from '../../../shared/codes/spares-target';
import type { CardLayout, Paper } from '../../../shared/domain';
import type { Api, AppState } from './types';
import type { Notice } from './workspace-slice';
import { failureText } from '../failure-text';

export interface CardsSlice {
  /** The job whose cards dialog is open, or null. */
  cardsFor: string | null;
  cardsBusy: boolean;
  /** What the last step did, or why it was refused. */
  cardsOutcome: Notice | null;
  openCards: (job: string | null) => void;
  /** Brings the walk-up cards up to a number, or a share of the names list. */
  topUpSpares: (spares: SparesTarget) => Promise<void>;
  printCards: (options: { file: string; paper: Paper; layout: CardLayout }) => Promise<void>;
  /** Keeps the shop address parents are sent to with the job; resolves to whether it was saved. */
  saveShopUrl: (url: string) => Promise<boolean>;
  printContactSheets: (options: { file: string; paper: Paper }) => Promise<void>;
}

export function createCardsSlice(api: Api): StateCreator<AppState, [], [], CardsSlice> {
  return (set, get) => {
    const step = async (run: (job: string) => Promise<Notice>): Promise<boolean> => {
      const job = get().cardsFor;
      if (job === null || get().cardsBusy) return false;
      set({ cardsBusy: true });
      const outcome = await run(job);
      set({ cardsBusy: false, cardsOutcome: outcome });
      // The jobs list counts subjects (walk-up cards are subjects too) and holds the shop address.
      await get().loadJobs();
      return outcome.kind === 'done';
    };
    return {
      cardsFor: null,
      cardsBusy: false,
      cardsOutcome: null,

      openCards(job) {
        set({ cardsFor: job, cardsOutcome: null });
      },

      async topUpSpares(spares) {
        await step(async (job) => {
          const result = await api['codes.generate']({ job, spares });
          if (!result.ok) return { kind: 'error', text: failureText(result.error) };
          const { added, spares: total } = result.value;
          return {
            kind: 'done',
            text: added.length === 0 ? `No walk-up card added: the job has ${total} already.` : `Added ${added.length} walk-up card${added.length === 1 ? '' : 's'}: ${added.join(', ')}.`,
          };
        });
      },

      async printCards(options) {
        await step(async (job) => {
          const result = await api['cards.print']({ job, ...options });
          if (!result.ok) return { kind: 'error', text: failureText(result.error) };
          const { cards, spares, pages, file } = result.value;
          return { kind: 'done', text: `${cards} cards (${spares} for walk-ups) on ${pages} page${pages === 1 ? '' : 's'}: ${file}` };
        });
      },

      saveShopUrl(url) {
        return step(async (job) => {
          const result = await api['jobs.setShopUrl']({ name: job, url });
          return result.ok ? { kind: 'done', text: `Parents are sent to ${result.value.url}.` } : { kind: 'error', text: failureText(result.error) };
        });
      },

      async printContactSheets(options) {
        await step(async (job) => {
          const result = await api['contactSheets.print']({ job, ...options });
          if (!result.ok) return { kind: 'error', text: failureText(result.error) };
          const { pupils, groups, pages, file } = result.value;
          const plural = (n: number, noun: string, nouns: string): string => `${n} ${n === 1 ? noun : nouns}`;
          return { kind: 'done', text: `Contact sheets for ${plural(pupils, 'pupil', 'pupils')} in ${plural(groups, 'class', 'classes')} on ${plural(pages, 'page', 'pages')}: ${file}` };
        });
      },
    };
  };
}
