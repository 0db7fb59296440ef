import { describe, expect, it } from 'vitest';
import { deliverablePhoto, type PupilRow } from '../../../electron/core/export/yearbook-portraits.js';

const PHOTO = { root: '/shoot', relPath: 'cam-a/IMG_0002.JPG', kind: 'photo' as const, hidden: false, error: null, subjects: 1 };
const pupil = (photo: Partial<NonNullable<PupilRow['photo']>> | null): PupilRow => ({
  code: 'K7QX2MPA',
  firstName: 'Ada',
  lastName: 'Lim',
  group: '1A',
  grade: '1',
  photo: photo === null ? null : { ...PHOTO, ...photo },
});

describe('deliverablePhoto', () => {
  it.each([
    { photo: null, problem: { reason: 'no-photo', message: 'no index photo: not photographed, or no card was shot before the photos' } },
    { photo: { error: 'image is truncated or corrupt' }, problem: { reason: 'unreadable', message: 'index photo cam-a/IMG_0002.JPG could not be read: image is truncated or corrupt' } },
    { photo: { hidden: true }, problem: { reason: 'hidden', message: 'index photo cam-a/IMG_0002.JPG is hidden from the gallery' } },
    { photo: { kind: 'card' as const }, problem: { reason: 'hidden', message: 'index photo cam-a/IMG_0002.JPG is hidden from the gallery' } },
    { photo: { subjects: 2 }, problem: { reason: 'shared', message: 'index photo cam-a/IMG_0002.JPG is in 2 galleries: a frame of siblings, not a portrait of one' } },
    // Hidden is what the photographer sees first in the gallery, whatever else is wrong.
    { photo: { hidden: true, subjects: 2 }, problem: { reason: 'hidden', message: 'index photo cam-a/IMG_0002.JPG is hidden from the gallery' } },
  ])('$photo', ({ photo, problem }) => {
    expect(deliverablePhoto(pupil(photo), '/shoot')).toEqual({ problem });
  });

  it('delivers a visible index photo of one pupil', () => {
    expect(deliverablePhoto(pupil({}), '/shoot')).toEqual({ photo: PHOTO });
  });
});
