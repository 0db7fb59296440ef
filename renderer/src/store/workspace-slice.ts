import type { StateCreator } from 'zustand/vanilla';
import type { MethodOutput } from '../../../shared/api/contract';
import { applyAssign } from '../workspace/apply-assign';
import { photoRows } from '../workspace/photo-rows';
import { thumbsPainted } from '../workspace/thumb-cache';
import { heldCount, viewPhotos, type PhotoInfo, type View } from '../workspace/view-photos';
import type { Api, AppState, SortReport } from './types';
import { failureText } from '../failure-text';

export type SubjectRow = MethodOutput<'subjects.list'>[number];
export type AssignTarget = { code: string } | { newSpare: true };

export interface Notice {
  kind: 'done' | 'error';
  text: string;
}

export interface WorkspaceSlice {
  /** The job open in the workspace; null shows the jobs and import screen. */
  openJob: string | null;
  report: SortReport | null;
  subjects: SubjectRow[];
  photos: PhotoInfo[];
  /**
   * Photos whose original has gone from disk (by name, to the full path where it was): the cache
   * still shows them, but uploads need the file. Filled after the job has painted.
   */
  missing: Map<string, string>;
  /** A change is on its way to core: further changes wait, so none is applied on a stale view. */
  busy: boolean;
  /** What the last change did, or why it was refused. */
  notice: Notice | null;
  openJobNamed: (name: string) => Promise<void>;
  closeJob: () => void;
  /**
   * Loads the job again. `photos` false keeps the photo list: a change that only moves photos
   * between subjects (assign, merge, names, spares) leaves every photo's own facts as they were, and
   * the list is the largest answer (20,000 photos: megabytes).
   */
  refreshJob: (options?: { photos: boolean }) => Promise<boolean>;
  assignSelection: (target: AssignTarget) => Promise<void>;
  setSelectionHidden: (hidden: boolean) => Promise<void>;
  /** Keeps the selection in no gallery on purpose (out of review), or lets the sort place it again. */
  keepSelectionUnassigned: (keep: boolean) => Promise<void>;
  /** The one selected frame is the card of this code: the photos after it follow it. */
  markSelectedCard: (code: string) => Promise<void>;
  addSpares: (count: number) => Promise<void>;
  renameSubject: (code: string, names: { firstName: string; lastName: string; group: string }) => Promise<void>;
  /** The gallery shown goes into another subject's (one pupil under two cards), which is then shown. */
  mergeGalleryInto: (code: string) => Promise<void>;
  /** The focused photo and the rest of its gallery after it go to a new spare subject. */
  splitGalleryAtFocus: () => Promise<void>;
  stepHistory: (direction: 'undo' | 'redo') => Promise<void>;
  dismissNotice: () => void;
}

/** The check of the originals starts this long after opening at the latest, thumbnails painted or not. */
const CHECK_ORIGINALS_AFTER_MS = 2000;

/** A change that moves photos between subjects, or names subjects: no photo's own facts change. */
const ONLY_LINKS = { photos: false };

/**
 * `local`: the change's effect as the page can work it out from what it holds, shown at once with
 * the message; the reload from core that follows confirms it or corrects it.
 */
type Outcome = { ok: true; text: string; local?: Pick<AppState, 'report' | 'subjects'> | null } | { ok: false; text: string };

/** Where the workspace opens: what is held first, since that is the work left. */
function firstView(report: SortReport): View {
  if (report.review.length > 0) return { kind: 'review', index: 0 };
  if (report.unassigned.length > 0) return { kind: 'unassigned' };
  const gallery = report.galleries[0];
  return gallery ? { kind: 'gallery', code: gallery.code } : { kind: 'all' };
}

export function createWorkspaceSlice(api: Api): StateCreator<AppState, [], [], WorkspaceSlice> {
  return (set, get) => {
    /** Runs one change, then reloads the job; the focus stays where the changed photos were. */
    const change = async (run: () => Promise<Outcome>, reload = { photos: true }): Promise<void> => {
      const job = get().openJob;
      if (job === null || get().busy) return;
      const before = currentOrder(get());
      const focusAt = before.indexOf(get().selection.focus ?? '');
      set({ busy: true });
      const outcome = await run();
      if (outcome.ok && outcome.local) {
        set({ ...outcome.local, notice: { kind: 'done', text: outcome.text } });
        get().afterChange(focusAt);
      }
      // The message comes with the updated view, so what it says is what the screen shows.
      const refreshed = outcome.ok && (await get().refreshJob(reload));
      if (refreshed) get().afterChange(focusAt);
      // A reload that failed has put its own error up: the change's message would hide it.
      set({ busy: false, ...(outcome.ok && !refreshed ? {} : { notice: { kind: outcome.ok ? 'done' : 'error', text: outcome.text } }) });
    };

    /** A change to the selected photos; nothing when none is selected. */
    const changeSelection = async (run: (job: string, photos: string[]) => Promise<Outcome>, reload = { photos: true }): Promise<void> => {
      const photos = [...get().selection.selected];
      const job = get().openJob;
      if (photos.length === 0 || job === null) return;
      await change(() => run(job, photos), reload);
    };

    // The job whose originals are being checked: a refresh while that runs does not start another
    // (20,000 files each time), and any answer is as current as the next would be.
    let checking: string | null = null;
    const checkOriginals = async (job: string): Promise<void> => {
      if (checking === job) return;
      checking = job;
      const result = await api['photos.missing']({ job });
      if (checking === job) checking = null;
      // A failed check changes nothing: it only ever warns, and the job's own load reports errors.
      if (!result.ok || get().openJob !== job) return;
      const missing = new Map(result.value.map((photo) => [photo.name, photo.path]));
      // The same answer again leaves the state alone, so the grid does not draw again for nothing.
      if (!sameEntries(missing, get().missing)) set({ missing });
    };

    /** The job as core has it now; null (with the error shown) when it failed or another job was opened meanwhile. */
    const loadJob = async (job: string, options: { photos: boolean }): Promise<{ report: SortReport; subjects: SubjectRow[]; photos?: PhotoInfo[] } | null> => {
      // The photo list is asked for first: core answers one call after another, and the page reads
      // the largest answer (megabytes at 20,000 photos) while core builds the other two.
      const [photos, report, subjects] = await Promise.all([
        options.photos ? api['photos.list']({ job }) : null,
        api['galleries.get']({ job }),
        api['subjects.list']({ job }),
      ]);
      if (get().openJob !== job) return null;
      const failed = [report, subjects, photos].find((result) => result !== null && !result.ok);
      if (failed && !failed.ok) {
        set({ notice: { kind: 'error', text: failureText(failed.error) } });
        return null;
      }
      if (!report.ok || !subjects.ok) return null;
      return { report: report.value, subjects: subjects.value, ...(photos?.ok ? { photos: photoRows(photos.value) } : {}) };
    };

    return {
      openJob: null,
      report: null,
      subjects: [],
      photos: [],
      missing: new Map(),
      busy: false,
      notice: null,

      async openJobNamed(name) {
        set({ openJob: name, report: null, subjects: [], photos: [], missing: new Map(), notice: null, streams: null, marks: new Map() });
        const job = await loadJob(name, { photos: true });
        if (job === null) return;
        // The view first, while nothing shows yet: the grid is then drawn once, on what is held,
        // instead of on all 20,000 photos and again.
        get().showView(firstView(job.report));
        set(job);
        // Not awaited, and asked only once the grid's first screen of thumbnails is painted: the
        // check (20,000 files, and as large an answer when a card is unplugged) would hold up those
        // still on their way, served by core's one thread. Once per opening: a change by hand moves no file.
        void thumbsPainted(CHECK_ORIGINALS_AFTER_MS).then(async () => {
          await checkOriginals(name);
          // Then core reads ahead what the first change by hand needs (a few hundred ms of its one
          // thread on 20,000 photos), after the check so that the first screen's thumbnails go
          // first. Its answer says nothing: a failure only leaves that reading to the first change.
          if (get().openJob === name) await api['galleries.prepare']({ job: name });
        });
      },

      closeJob() {
        if (get().watchedFolder !== null) void get().stopWatch();
        set({ openJob: null, report: null, subjects: [], photos: [], missing: new Map(), notice: null, streams: null, marks: new Map(), preflight: null, preflightNotice: null });
        get().showView({ kind: 'all' });
        void get().loadJobs();
      },

      async refreshJob(options = { photos: true }) {
        const job = get().openJob;
        const loaded = job === null ? null : await loadJob(job, options);
        if (loaded !== null) set(loaded);
        return loaded !== null;
      },

      async assignSelection(target) {
        await changeSelection(async (job, photos) => {
          const result = await api['photos.assign']({ job, photos, target });
          if (!result.ok) return { ok: false, text: failureText(result.error) };
          const subject = get().subjects.find((s) => s.code === result.value.code);
          const who = subject && !subject.spare ? `${subject.firstName} ${subject.lastName} (${result.value.code})` : `new spare ${result.value.code}`;
          const { report, subjects: listed, photos: known } = get();
          // Core has stored the change: the page moves the photos itself instead of waiting for the reload.
          const local = report && 'code' in target ? applyAssign(report, listed, known, photos, result.value.code) : null;
          return { ok: true, text: `${count(result.value.photos, 'photo')} assigned to ${'newSpare' in target ? `new spare ${result.value.code}` : who}.`, local };
        }, ONLY_LINKS);
      },

      async setSelectionHidden(hidden) {
        await changeSelection(async (job, photos) => {
          const result = await api['photos.setHidden']({ job, photos, hidden });
          if (!result.ok) return { ok: false, text: failureText(result.error) };
          return { ok: true, text: `${count(result.value.photos, 'photo')} ${hidden ? 'hidden from every gallery' : 'shown again'}.` };
        });
      },

      async keepSelectionUnassigned(keep) {
        await changeSelection(async (job, photos) => {
          const result = await api['photos.keepUnassigned']({ job, photos, keep });
          if (!result.ok) return { ok: false, text: failureText(result.error) };
          return { ok: true, text: `${count(result.value.photos, 'photo')} ${keep ? 'kept in no gallery' : 'given back to the sort'}.` };
        });
      },

      async markSelectedCard(code) {
        const [photo, ...more] = [...get().selection.selected];
        const job = get().openJob;
        if (photo === undefined || job === null) return;
        if (more.length > 0) {
          set({ notice: { kind: 'error', text: 'Select only the frame that shows the card.' } });
          return;
        }
        await change(async () => {
          const result = await api['photos.markCard']({ job, photo, code });
          if (!result.ok) return { ok: false, text: failureText(result.error) };
          return { ok: true, text: `Read as the card of ${result.value.code}: ${count(result.value.photos, 'photo')} in its gallery.` };
        });
      },

      async renameSubject(code, names) {
        const job = get().openJob;
        if (job === null) return;
        await change(async () => {
          const result = await api['subjects.rename']({ job, code, ...names });
          if (!result.ok) return { ok: false, text: failureText(result.error) };
          return { ok: true, text: `${result.value.code} is now ${names.firstName} ${names.lastName}.` };
        }, ONLY_LINKS);
      },

      async mergeGalleryInto(into) {
        const { view, openJob: job } = get();
        if (view.kind !== 'gallery' || job === null) return;
        let merged: string | null = null;
        await change(async () => {
          const result = await api['subjects.merge']({ job, from: view.code, into });
          if (!result.ok) return { ok: false, text: failureText(result.error) };
          merged = result.value.code;
          return { ok: true, text: `${count(result.value.photos, 'photo')} of ${result.value.from} merged into ${result.value.code}.` };
        }, ONLY_LINKS);
        // The merged gallery is empty now: show where its photos went.
        if (merged !== null) get().showView({ kind: 'gallery', code: merged });
      },

      async splitGalleryAtFocus() {
        const { view, selection } = get();
        if (view.kind !== 'gallery' || selection.focus === null) return;
        const order = currentOrder(get());
        const at = order.indexOf(selection.focus);
        if (at < 0) return;
        get().selectPhoto(selection.focus, 'replace');
        const last = order.at(-1);
        if (last !== undefined) get().selectPhoto(last, 'range');
        await get().assignSelection({ newSpare: true });
      },

      async addSpares(spares) {
        const job = get().openJob;
        if (job === null) return;
        await change(async () => {
          const result = await api['spares.add']({ job, count: spares });
          if (!result.ok) return { ok: false, text: failureText(result.error) };
          return { ok: true, text: `Added ${count(result.value.codes.length, 'spare subject')}: ${result.value.codes.join(', ')}.` };
        }, ONLY_LINKS);
      },

      async stepHistory(direction) {
        const job = get().openJob;
        if (job === null) return;
        await change(async () => {
          const result = await api['history.step']({ job, direction });
          if (!result.ok) return { ok: false, text: failureText(result.error) };
          const label = direction === 'undo' ? 'Undone' : 'Redone';
          return { ok: true, text: result.value.change === null ? `Nothing to ${direction}.` : `${label}: ${result.value.change}.` };
        });
      },

      dismissNotice() {
        set({ notice: null });
      },
    };
  };
}

/** The photos of the current view, in the order shown. */
export function currentOrder(state: AppState): string[] {
  return state.report ? viewPhotos(state.report, state.photos, state.view, state.showCards, state.streams ?? []) : [];
}

export function jobHeldCount(state: AppState): number {
  return state.report ? heldCount(state.report) : 0;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
