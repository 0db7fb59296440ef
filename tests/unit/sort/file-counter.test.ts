import { describe, expect, it } from 'vitest';
import { fileCounterOf, fileNameOf, folderOf } from '../../../electron/core/sort/file-counter.js';

describe('fileCounterOf', () => {
  it.each([
    { path: 'DCIM/100CANON/IMG_0042.JPG', expected: 42 },
    { path: 'DSC_1234.JPG', expected: 1234 },
    { path: 'a/_MG_0001.jpg', expected: 1 },
    { path: 'DSCF0007.JPG', expected: 7 },
    { path: 'DSC01234.JPG', expected: 1234 },
    { path: 'P1010001.JPG', expected: 1, note: 'Panasonic: folder 101, file 1' },
    { path: 'IMG_9999.JPG', expected: 9999 },
    { path: 'IMG_0042-2.jpg', expected: 42, note: 'an edited copy keeps its counter' },
    { path: 'IMG_0042 (1).jpg', expected: 42 },
    { path: 'photo_17.jpeg', expected: 17 },
    { path: 'IMG_20240603_091500.jpg', expected: 91500, note: 'phones: the last number' },
    { path: 'C:\\shoot\\IMG_0100.JPG', expected: 100 },
    { path: 'cover.jpg', expected: null },
    { path: '2024/cover.jpg', expected: null, note: 'a number in the folder is not a counter' },
    { path: '.jpg', expected: null },
  ])('$path → $expected', ({ path, expected }) => {
    expect(fileCounterOf(path)).toBe(expected);
  });
});

describe('fileNameOf / folderOf', () => {
  it.each([
    { path: 'DCIM/100CANON/IMG_0042.JPG', name: 'IMG_0042.JPG', folder: 'DCIM/100CANON' },
    { path: 'IMG_0042.JPG', name: 'IMG_0042.JPG', folder: '' },
    { path: 'C:\\a\\b.jpg', name: 'b.jpg', folder: 'C:\\a' },
  ])('$path', ({ path, name, folder }) => {
    expect(fileNameOf(path)).toBe(name);
    expect(folderOf(path)).toBe(folder);
  });
});
