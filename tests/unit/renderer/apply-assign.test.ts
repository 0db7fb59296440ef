import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/api/contract.js';
import type { SortReport } from '../../../shared/domain.js';
import { applyAssign } from '../../../renderer/src/workspace/apply-assign.js';
import { photoRows } from '../../../renderer/src/workspace/photo-rows.js';
import type { PhotoInfo } from '../../../renderer/src/workspace/view-photos.js';
import { photoColumns } from '../../support/photo-columns.js';

const photo = (name: string, kind: 'photo' | 'card' = 'photo', hiddenByHand = false): PhotoInfo => ({ name, sha256: null, camera: 'Canon EOS R6', takenAt: null, kind, hiddenByHand, keptUnassigned: false });
// Shooting order: the queue before the first card, Ada's card and photos, Bo's card (unreadable) and photos.
const PHOTOS = [photo('q/1.jpg'), photo('q/2.jpg'), photo('a/3.jpg', 'card'), photo('a/4.jpg'), photo('a/5.jpg'), photo('a/6.jpg', 'photo', true), photo('b/7.jpg', 'card'), photo('b/8.jpg'), photo('b/9.jpg')];
const ADA = { code: 'AAAA2222', subject: { firstName: 'Ada', lastName: 'Lim', group: '4B', spare: false } };
const REPORT: SortReport = {
  job: { name: 'J' },
  galleries: [{ ...ADA, cards: ['a/3.jpg'], index: 'a/4.jpg', photos: ['a/4.jpg', 'a/5.jpg'] }],
  unassigned: ['q/1.jpg', 'q/2.jpg'],
  review: [{ reason: 'unreadable-card', photos: ['b/8.jpg', 'b/9.jpg'], message: 'check the card' }],
  errors: [],
  stats: { files: 9, photos: 7, cards: 2, seconds: 1 },
};
const subject = (code: string, firstName: string, photos: number): MethodOutput<'subjects.list'>[number] => ({ code, firstName, lastName: 'Lim', group: '4B', spare: false, photos, activated: false });
const SUBJECTS = [subject('AAAA2222', 'Ada', 2), subject('BBBB3333', 'Bo', 0)];

describe('an assignment as the page shows it before core reloads the job', () => {
  const cases: [label: string, names: string[], code: string, galleries: [code: string, cards: string[], photos: string[]][], unassigned: string[], review: string[][], counts: number[]][] = [
    ['the queue to Ada: in shooting order, before her own', ['q/2.jpg', 'q/1.jpg'], 'AAAA2222', [['AAAA2222', ['a/3.jpg'], ['q/1.jpg', 'q/2.jpg', 'a/4.jpg', 'a/5.jpg']]], [], [['b/8.jpg', 'b/9.jpg']], [4, 0]],
    ['a held group to Bo, who had no gallery', ['b/8.jpg', 'b/9.jpg'], 'BBBB3333', [['AAAA2222', ['a/3.jpg'], ['a/4.jpg', 'a/5.jpg']], ['BBBB3333', [], ['b/8.jpg', 'b/9.jpg']]], ['q/1.jpg', 'q/2.jpg'], [], [2, 2]],
    ['part of a held group: the rest stays held', ['b/9.jpg'], 'AAAA2222', [['AAAA2222', ['a/3.jpg'], ['a/4.jpg', 'a/5.jpg', 'b/9.jpg']]], ['q/1.jpg', 'q/2.jpg'], [['b/8.jpg']], [3, 0]],
    ['a card frame and a hidden photo: among the cards, and in no list', ['b/7.jpg', 'a/6.jpg'], 'AAAA2222', [['AAAA2222', ['a/3.jpg', 'b/7.jpg'], ['a/4.jpg', 'a/5.jpg']]], ['q/1.jpg', 'q/2.jpg'], [['b/8.jpg', 'b/9.jpg']], [2, 0]],
    ['Ada\'s photo to Bo, and one of hers to her again', ['a/5.jpg', 'a/4.jpg'], 'BBBB3333', [['AAAA2222', ['a/3.jpg'], []], ['BBBB3333', [], ['a/4.jpg', 'a/5.jpg']]], ['q/1.jpg', 'q/2.jpg'], [['b/8.jpg', 'b/9.jpg']], [0, 2]],
    ['her own photo to her again: nothing moves', ['a/4.jpg'], 'AAAA2222', [['AAAA2222', ['a/3.jpg'], ['a/4.jpg', 'a/5.jpg']]], ['q/1.jpg', 'q/2.jpg'], [['b/8.jpg', 'b/9.jpg']], [2, 0]],
  ];
  it.each(cases)('%s', (_label, names, code, galleries, unassigned, review, counts) => {
    const after = applyAssign(REPORT, SUBJECTS, PHOTOS, names, code);
    expect(after?.report.galleries.map((g) => [g.code, g.cards, g.photos])).toEqual(galleries);
    expect(after?.report.unassigned).toEqual(unassigned);
    expect(after?.report.review.map((group) => group.photos)).toEqual(review);
    expect(after?.subjects.map((s) => s.photos)).toEqual(counts);
    // A count the assignment did not touch keeps its row as it was (the list does not draw again).
    after?.subjects.forEach((s, i) => s.photos === SUBJECTS[i]?.photos && expect(s).toBe(SUBJECTS[i]));
  });

  it('leaves a subject core has not listed yet (a new spare) to the reload', () => {
    expect(applyAssign(REPORT, SUBJECTS, PHOTOS, ['q/1.jpg'], 'CCCC4444')).toBeNull();
  });
});

describe('the photo list column by column', () => {
  it('reads back every photo as it was written', () => {
    const photos = [photo('x.jpg', 'card', true), { ...photo('y.jpg'), camera: '', takenAt: '2026-05-04T08:00:00', sha256: 'a'.repeat(64), keptUnassigned: true }, photo('z.jpg')];
    expect(photoRows(photoColumns(photos))).toEqual(photos);
  });
});
