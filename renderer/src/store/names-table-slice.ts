import type { StateCreator } from 'zustand/vanilla';
import type { MethodOutput } from '../../../shared/api/contract';
import { subjectEdits, type EditableField } from '../../../shared/names/subject-fields';
import type { Api, AppState } from './types';
import { failureText } from '../failure-text';

export type SubjectDetails = MethodOutput<'subjects.details'>[number];

export interface NamesTableSlice {
  /** The job the table shows, and its subjects (null until loaded). */
  tableJob: string | null;
  tableRows: SubjectDetails[] | null;
  tableError: string | null;
  loadTable: (job: string) => Promise<void>;
  /** Saves one cell of the table; resolves to why it was refused, or null once saved. */
  saveCell: (code: string, field: EditableField, value: string) => Promise<string | null>;
}

export function createNamesTableSlice(api: Api): StateCreator<AppState, [], [], NamesTableSlice> {
  return (set, get) => ({
    tableJob: null,
    tableRows: null,
    tableError: null,

    async loadTable(job) {
      if (get().tableJob !== job) set({ tableJob: job, tableRows: null, tableError: null });
      const result = await api['subjects.details']({ job });
      // A table opened for another job meanwhile keeps its own rows.
      if (get().tableJob !== job) return;
      set(result.ok ? { tableRows: result.value, tableError: null } : { tableError: failureText(result.error) });
    },

    async saveCell(code, field, value) {
      const job = get().tableJob;
      if (job === null) return 'no names table is open';
      // The contract's own rule, checked here first: a refusal shows at once, worded as core words it.
      const checked = subjectEdits.shape[field].safeParse(value);
      if (!checked.success) return checked.error.issues[0]?.message ?? 'not accepted';
      const result = await api['subjects.update']({ job, code, [field]: value });
      if (!result.ok) return failureText(result.error);
      await get().loadTable(job);
      return null;
    },
  });
}
