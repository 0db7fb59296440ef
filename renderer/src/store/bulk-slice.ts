import type { StateCreator } from 'zustand/vanilla';
import type { Api, AppState } from './types';
import { failureText } from '../failure-text';

/** A subject starts at this photo: of this code, or (null) of a new spare subject. */
export type MarkTarget = string | null;

export interface BulkSlice {
  /** Each camera's photos in the order marks span them; null until the filmstrip is first opened. */
  streams: string[][] | null;
  /** The marks being placed: a draft, shown as a live preview and written only by applyMarks. */
  marks: ReadonlyMap<string, MarkTarget>;
  loadStreams: () => Promise<void>;
  setMark: (photo: string, target: MarkTarget) => void;
  removeMark: (photo: string) => void;
  discardMarks: () => void;
  applyMarks: () => Promise<void>;
}

export function createBulkSlice(api: Api): StateCreator<AppState, [], [], BulkSlice> {
  return (set, get) => ({
    streams: null,
    marks: new Map(),

    async loadStreams() {
      const job = get().openJob;
      if (job === null) return;
      const result = await api['photos.streams']({ job });
      if (get().openJob !== job) return;
      if (result.ok) set({ streams: result.value.map((stream) => stream.photos) });
      else set({ notice: { kind: 'error', text: failureText(result.error) } });
    },

    setMark(photo, target) {
      set({ marks: new Map(get().marks).set(photo, target) });
    },

    removeMark(photo) {
      const marks = new Map(get().marks);
      marks.delete(photo);
      set({ marks });
    },

    discardMarks() {
      set({ marks: new Map() });
    },

    async applyMarks() {
      const job = get().openJob;
      const marks = [...get().marks].map(([photo, code]) => ({ photo, code }));
      if (job === null || marks.length === 0 || get().busy) return;
      set({ busy: true });
      const result = await api['photos.bulkTag']({ job, marks });
      if (!result.ok) {
        set({ busy: false, notice: { kind: 'error', text: failureText(result.error) } });
        return;
      }
      const photos = result.value.subjects.reduce((n, subject) => n + subject.photos, 0);
      set({ marks: new Map() });
      await Promise.all([get().refreshJob(), get().loadStreams()]);
      set({ busy: false, notice: { kind: 'done', text: `${photos} photo${photos === 1 ? '' : 's'} tagged into ${result.value.subjects.length} subject${result.value.subjects.length === 1 ? '' : 's'}.` } });
    },
  });
}
