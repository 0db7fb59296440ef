import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, ApiHandlers, MethodInput } from '../../../shared/api/contract.js';
import { createClient, handleCall } from '../../../shared/api/derive.js';
import type { SortReport } from '../../../shared/domain.js';
import { createAppStore } from '../../../renderer/src/store/create-app-store.js';
import { fakeHandlers } from '../shell/fake-handlers.js';
import { markLoaded } from '../../../renderer/src/workspace/thumb-cache.js';
import { photoColumns } from '../../support/photo-columns.js';

/**
 * The workspace slices against the real client derivation and a small in-memory core that
 * moves photos as core would: a held photo that is assigned leaves review.
 */
function workspaceOver(overrides: Partial<ApiHandlers> = {}) {
  const held = ['r/1.jpg', 'r/2.jpg', 'r/3.jpg', 'r/4.jpg'];
  const gallery: string[] = ['g/1.jpg'];
  const calls: MethodInput<'photos.assign'>[] = [];
  const report = (): SortReport => ({
    job: { name: 'Day' },
    galleries: [{ code: 'AAAA2222', subject: { firstName: 'Ada', lastName: 'Lim', group: '4B', spare: false }, cards: [], index: gallery[0] ?? null, photos: [...gallery] }],
    unassigned: [],
    review: held.length > 0 ? [{ reason: 'unreadable-card', photos: [...held], message: 'check the card' }] : [],
    errors: [],
    stats: { files: 5, photos: 5, cards: 0, seconds: 1 },
  });
  const handlers = fakeHandlers({
    'galleries.get': () => Promise.resolve(report()),
    'subjects.list': () => Promise.resolve([{ code: 'AAAA2222', firstName: 'Ada', lastName: 'Lim', group: '4B', spare: false, photos: gallery.length, activated: false }]),
    'photos.list': () =>
      Promise.resolve(photoColumns([...gallery, ...held].map((name) => ({ name, sha256: null, camera: 'Canon EOS R6', takenAt: null, kind: 'photo' as const, hiddenByHand: false, keptUnassigned: false })))),
    'photos.assign': (input) => {
      calls.push(input);
      for (const photo of input.photos) held.splice(held.indexOf(photo), 1);
      gallery.push(...input.photos);
      return Promise.resolve({ code: 'AAAA2222', photos: input.photos.length });
    },
    ...overrides,
  });
  const api: ApiClient = createClient((channel, input) => handleCall(handlers, channel.replace(/^api:/, ''), input));
  return { store: createAppStore(api), calls, held };
}

/** Opens the job again and closes it before the check of the originals answers; then lets it answer. */
async function closeBeforeCheckAnswers(store: ReturnType<typeof workspaceOver>['store'], answerOf: () => (() => void) | undefined): Promise<void> {
  const first = answerOf();
  await store.getState().openJobNamed('Day');
  markLoaded('/media/thumb/first.jpg');
  await vi.waitFor(() => expect(answerOf()).not.toBe(first));
  store.getState().closeJob();
  answerOf()?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('workspace store', () => {
  it('opens a job on what is held, and counts it', async () => {
    const { store } = workspaceOver();
    await store.getState().openJobNamed('Day');
    expect(store.getState().view).toEqual({ kind: 'review', index: 0 });
    expect(store.getState().report?.review[0]?.photos).toHaveLength(4);
  });

  it('assigns the selection, says so, and puts the focus on the photo that took its place', async () => {
    const { store, calls, held } = workspaceOver();
    await store.getState().openJobNamed('Day');
    store.getState().selectPhoto('r/2.jpg', 'replace');
    store.getState().selectPhoto('r/3.jpg', 'range');
    await store.getState().assignSelection({ code: 'AAAA2222' });
    expect(calls).toEqual([{ job: 'Day', photos: ['r/2.jpg', 'r/3.jpg'], target: { code: 'AAAA2222' } }]);
    expect(held).toEqual(['r/1.jpg', 'r/4.jpg']);
    expect(store.getState().notice).toEqual({ kind: 'done', text: '2 photos assigned to Ada Lim (AAAA2222).' });
    // The focus was on r/3.jpg (second in view); the view is now r/1, r/4: r/4 is next to work on.
    expect([...store.getState().selection.selected]).toEqual(['r/4.jpg']);
    expect(store.getState().selection.focus).toBe('r/4.jpg');
  });

  it('shows an assignment as soon as core has stored it, then takes what core reloads as the truth', async () => {
    let reloads = 0;
    let release: (() => void) | undefined;
    const { store: slow } = workspaceOver({
      'galleries.get': () => {
        reloads += 1;
        // The reload after the change comes late, and says what the page could not know: the cover moved.
        if (reloads === 1) return Promise.resolve(answerReport(['g/1.jpg'], ['r/1.jpg', 'r/2.jpg', 'r/3.jpg', 'r/4.jpg']));
        return new Promise((resolve) => (release = () => resolve(answerReport(['g/1.jpg', 'r/2.jpg'], ['r/1.jpg', 'r/3.jpg', 'r/4.jpg'], 'r/2.jpg'))));
      },
    });
    await slow.getState().openJobNamed('Day');
    slow.getState().selectPhoto('r/2.jpg', 'replace');
    const assigning = slow.getState().assignSelection({ code: 'AAAA2222' });
    await vi.waitFor(() => expect(slow.getState().notice).toEqual({ kind: 'done', text: '1 photo assigned to Ada Lim (AAAA2222).' }));
    // Shown before the reload answers, and still busy: no other change starts on this view.
    expect(slow.getState().report?.galleries[0]?.photos).toEqual(['g/1.jpg', 'r/2.jpg']);
    expect(slow.getState().report?.review[0]?.photos).toEqual(['r/1.jpg', 'r/3.jpg', 'r/4.jpg']);
    expect(slow.getState().subjects[0]?.photos).toBe(2);
    expect(slow.getState().report?.galleries[0]?.index).toBe('g/1.jpg');
    expect(slow.getState().busy).toBe(true);
    release?.();
    await assigning;
    expect(slow.getState().report?.galleries[0]?.index).toBe('r/2.jpg');
    expect(slow.getState().busy).toBe(false);
  });

  it('shows a refusal from core as an error, and changes nothing', async () => {
    const { store, held } = workspaceOver({ 'photos.assign': () => Promise.reject(new Error('access code ZZ was retired when job "Old" was deleted')) });
    await store.getState().openJobNamed('Day');
    store.getState().selectAllPhotos();
    await store.getState().assignSelection({ code: 'ZZ' });
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'access code ZZ was retired when job "Old" was deleted' });
    expect(held).toHaveLength(4);
    expect(store.getState().selection.selected.size).toBe(4);
  });

  it('does nothing without a selection, and ignores a second change while one runs', async () => {
    let release: (() => void) | undefined;
    const started: string[][] = [];
    const { store } = workspaceOver({
      'photos.setHidden': ({ photos }) => {
        started.push(photos);
        return new Promise((resolve) => (release = () => resolve({ photos: photos.length })));
      },
    });
    await store.getState().openJobNamed('Day');
    await store.getState().setSelectionHidden(true);
    expect(started).toEqual([]);
    store.getState().selectPhoto('r/1.jpg', 'replace');
    const first = store.getState().setSelectionHidden(true);
    await store.getState().setSelectionHidden(true);
    await Promise.resolve();
    release?.();
    await first;
    expect(started).toEqual([['r/1.jpg']]);
    expect(store.getState().busy).toBe(false);
  });

  it('opens a job without waiting for the check of its originals, asked once a thumbnail is painted, then marks the gone ones; a late answer for a closed job is dropped', async () => {
    let answer: (() => void) | undefined;
    const { store } = workspaceOver({
      'photos.missing': () => new Promise((resolve) => (answer = () => resolve([{ name: 'r/2.jpg', path: '/Volumes/CARD/r/2.jpg' }]))),
    });
    await store.getState().openJobNamed('Day');
    expect(store.getState().report).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answer).toBeUndefined();
    markLoaded('/media/thumb/first.jpg');
    await vi.waitFor(() => expect(answer).toBeDefined());
    expect(store.getState().missing).toEqual(new Map());
    answer?.();
    await vi.waitFor(() => expect(store.getState().missing).toEqual(new Map([['r/2.jpg', '/Volumes/CARD/r/2.jpg']])));

    // Opened again and closed before the check answers: the answer belongs to no open job.
    await closeBeforeCheckAnswers(store, () => answer);
    expect(store.getState().missing).toEqual(new Map());
  });

  it('asks core to read ahead for the first change by hand once the originals are checked, not for a job closed meanwhile', async () => {
    const prepared: string[] = [];
    let answer: (() => void) | undefined;
    const { store } = workspaceOver({
      'photos.missing': () => new Promise((resolve) => (answer = () => resolve([]))),
      'galleries.prepare': ({ job }) => {
        prepared.push(job);
        return Promise.resolve({});
      },
    });
    await store.getState().openJobNamed('Day');
    markLoaded('/media/thumb/first.jpg');
    await vi.waitFor(() => expect(answer).toBeDefined());
    expect(prepared).toEqual([]);
    answer?.();
    await vi.waitFor(() => expect(prepared).toEqual(['Day']));

    await closeBeforeCheckAnswers(store, () => answer);
    expect(prepared).toEqual(['Day']);
  });

  it('reloads the photo list after a change to photos, not after one that only moves them between subjects', async () => {
    const listed: string[] = [];
    const { store } = workspaceOver({
      'photos.list': () => {
        listed.push('photos.list');
        return Promise.resolve(photoColumns([{ name: 'r/1.jpg', sha256: null, camera: '', takenAt: null, kind: 'photo', hiddenByHand: listed.length > 1, keptUnassigned: false }]));
      },
    });
    await store.getState().openJobNamed('Day');
    expect(listed).toHaveLength(1);
    store.getState().selectPhoto('r/1.jpg', 'replace');
    await store.getState().assignSelection({ code: 'AAAA2222' });
    await store.getState().addSpares(2);
    expect(listed).toHaveLength(1);
    store.getState().selectPhoto('g/1.jpg', 'replace');
    await store.getState().setSelectionHidden(true);
    expect(listed).toHaveLength(2);
    expect(store.getState().photos[0]?.hiddenByHand).toBe(true);
  });
});

function answerReport(gallery: string[], held: string[], index = gallery[0] ?? null): SortReport {
  return {
    job: { name: 'Day' },
    galleries: [{ code: 'AAAA2222', subject: { firstName: 'Ada', lastName: 'Lim', group: '4B', spare: false }, cards: [], index, photos: gallery }],
    unassigned: [],
    review: [{ reason: 'unreadable-card', photos: held, message: 'check the card' }],
    errors: [],
    stats: { files: 5, photos: 5, cards: 0, seconds: 1 },
  };
}
