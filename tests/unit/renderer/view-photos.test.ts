import { describe, expect, it } from 'vitest';
import type { SortReport } from '../../../shared/domain.js';
import { codeOf } from '../../../renderer/src/workspace/subject-code.js';
import { heldCount, viewPhotos, type PhotoInfo, type View } from '../../../renderer/src/workspace/view-photos.js';

const photo = (name: string, kind: 'photo' | 'card' = 'photo', hiddenByHand = false, keptUnassigned = false): PhotoInfo => ({ name, sha256: null, camera: '', takenAt: null, kind, hiddenByHand, keptUnassigned });
// Shooting order is the photos list's; the report lists names.
const PHOTOS = [photo('x/1.jpg'), photo('a/2.jpg', 'card'), photo('a/3.jpg'), photo('a/4.jpg', 'photo', true), photo('a/5.jpg'), photo('b/6.jpg', 'card'), photo('b/7.jpg'), photo('b/8.jpg', 'photo', false, true)];
const REPORT: SortReport = {
  job: { name: 'J' },
  galleries: [
    { code: 'AAAA2222', subject: { firstName: 'Ada', lastName: 'Lim', group: '4B', spare: false }, cards: ['a/2.jpg'], index: 'a/3.jpg', photos: ['a/3.jpg', 'a/5.jpg'] },
    { code: 'BBBB3333', subject: { firstName: 'Bo', lastName: 'Ng', group: '4B', spare: false }, cards: ['b/6.jpg'], index: 'b/7.jpg', photos: ['b/7.jpg'] },
  ],
  unassigned: ['x/1.jpg'],
  // One reason, two groups (two cards that could not be read): each is its own view.
  review: [
    { reason: 'no-capture-time', photos: ['b/7.jpg'], message: 'm' },
    { reason: 'no-capture-time', photos: ['x/1.jpg'], message: 'n' },
  ],
  errors: [],
  stats: { files: 7, photos: 5, cards: 2, seconds: 1 },
};

describe('the photos of each view', () => {
  const cases: [View, boolean, string[]][] = [
    [{ kind: 'gallery', code: 'AAAA2222' }, false, ['a/3.jpg', 'a/5.jpg']],
    [{ kind: 'gallery', code: 'AAAA2222' }, true, ['a/2.jpg', 'a/3.jpg', 'a/5.jpg']],
    [{ kind: 'gallery', code: 'GONE0000' }, false, []],
    [{ kind: 'review', index: 0 }, false, ['b/7.jpg']],
    [{ kind: 'review', index: 1 }, false, ['x/1.jpg']],
    [{ kind: 'review', index: 2 }, false, []],
    [{ kind: 'unassigned' }, false, ['x/1.jpg']],
    [{ kind: 'hidden' }, false, ['a/4.jpg']],
    [{ kind: 'kept' }, false, ['b/8.jpg']],
    [{ kind: 'all' }, false, ['x/1.jpg', 'a/3.jpg', 'a/4.jpg', 'a/5.jpg', 'b/7.jpg', 'b/8.jpg']],
    [{ kind: 'all' }, true, PHOTOS.map((p) => p.name)],
  ];
  it.each(cases)('%o (cards shown: %s)', (view, showCards, expected) => {
    expect(viewPhotos(REPORT, PHOTOS, view, showCards)).toEqual(expected);
  });
  it('counts what is held: review and before the first card', () => {
    expect(heldCount(REPORT)).toBe(3);
  });
});

describe('what a value typed in the assign field means', () => {
  const subjects = [
    { code: 'AAAA2222', firstName: 'Ada', lastName: 'Lim', group: '4B', spare: false, photos: 2, activated: false },
    { code: 'CCCC4444', firstName: 'Sam', lastName: 'Roe', group: '4B', spare: false, photos: 0, activated: false },
    { code: 'DDDD5555', firstName: 'Sam', lastName: 'Roe', group: '5A', spare: false, photos: 0, activated: false },
  ];
  const cases: [string, string | null][] = [
    ['Ada Lim · 4B · AAAA2222', 'AAAA2222'],
    ['ada  lim', 'AAAA2222'],
    // Two pupils share the name: the text is not taken for either of them.
    ['Sam Roe', 'SAMROE'],
    ['Sam Roe · 5A · DDDD5555', 'DDDD5555'],
    [' dddd 5555 ', 'DDDD5555'],
    ['   ', null],
  ];
  it.each(cases)('%j → %s', (typed, code) => {
    expect(codeOf(typed, subjects)).toBe(code);
  });
});
