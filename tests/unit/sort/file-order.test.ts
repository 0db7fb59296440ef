import { describe, expect, it } from 'vitest';
import { orderByFileName } from '../../../electron/core/sort/file-order.js';

const named = (paths: string[]) => paths.map((path, index) => ({ id: index + 1, path }));

describe('orderByFileName', () => {
  it.each([
    { name: 'by counter, not by text', paths: ['a/IMG_0010.JPG', 'a/IMG_0009.JPG', 'a/_MG_0011.JPG'], expected: [2, 1, 3] },
    { name: 'folder by folder', paths: ['101CANON/IMG_0001.JPG', '100CANON/IMG_9999.JPG', '100CANON/IMG_9998.JPG'], expected: [3, 2, 1] },
    { name: 'a wrap inside one folder', paths: ['a/IMG_0002.JPG', 'a/IMG_9998.JPG', 'a/IMG_0001.JPG', 'a/IMG_9999.JPG'], expected: [2, 4, 3, 1] },
    { name: 'a long wrapped run', paths: ['a/IMG_0100.JPG', 'a/IMG_8000.JPG', 'a/IMG_9999.JPG', 'a/IMG_0001.JPG'], expected: [2, 3, 4, 1] },
    { name: 'low and high with a hole in the middle are not a wrap', paths: ['a/IMG_9500.JPG', 'a/IMG_0001.JPG', 'a/IMG_4000.JPG'], expected: [2, 3, 1] },
    { name: 'names without a counter go last, by path', paths: ['a/zeta.jpg', 'a/IMG_0005.JPG', 'a/alpha.jpg'], expected: [2, 3, 1] },
  ])('$name', ({ paths, expected }) => {
    const photos = named(paths);
    expect(orderByFileName(photos).map((p) => p.id)).toEqual(expected);
    expect(orderByFileName([...photos].reverse()).map((p) => p.id)).toEqual(expected);
  });
});
