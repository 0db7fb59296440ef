import { describe, expect, it } from 'vitest';
import { orderByCaptureTime } from '../../../electron/core/sort/capture-order.js';
import type { SortPhoto } from '../../../electron/core/sort/sort-types.js';

function photo(id: number, name: string, seconds: number): SortPhoto & { capturedAt: number } {
  return {
    id,
    path: `DCIM/${name}`,
    cameraKey: 'serial:A',
    capturedAt: seconds * 1000,
    qr: { codes: [], sizes: [], undecodable: false, cardLike: false },
    duplicateOf: null,
    manualCodes: [],
  };
}

describe('orderByCaptureTime', () => {
  it.each([
    {
      name: 'capture time first, whatever the counters say',
      photos: [photo(1, 'IMG_0003.JPG', 10), photo(2, 'IMG_0001.JPG', 30), photo(3, 'IMG_0002.JPG', 20)],
      expected: [1, 3, 2],
    },
    {
      name: 'sub-seconds order a burst',
      photos: [photo(1, 'IMG_0010.JPG', 5.25), photo(2, 'IMG_0011.JPG', 5.125), photo(3, 'IMG_0012.JPG', 5.5)],
      expected: [2, 1, 3],
    },
    {
      name: 'counter breaks a tie (no sub-seconds)',
      photos: [photo(1, 'IMG_0012.JPG', 5), photo(2, 'IMG_0010.JPG', 5), photo(3, 'IMG_0011.JPG', 5)],
      expected: [2, 3, 1],
    },
    {
      name: 'counter, not the name: _MG_ and IMG_ of one camera',
      photos: [photo(1, 'IMG_0043.JPG', 5), photo(2, '_MG_0042.JPG', 5)],
      expected: [2, 1],
    },
    {
      name: 'wrap inside a tie: 9999 then 0001',
      photos: [photo(1, 'IMG_0001.JPG', 5), photo(2, 'IMG_9999.JPG', 5), photo(3, 'IMG_0002.JPG', 5), photo(4, 'IMG_9998.JPG', 5)],
      expected: [4, 2, 1, 3],
    },
    {
      name: 'wrap across instants is ordered by time alone',
      photos: [photo(1, 'IMG_0001.JPG', 7), photo(2, 'IMG_9999.JPG', 6), photo(3, 'IMG_9998.JPG', 6)],
      expected: [3, 2, 1],
    },
    {
      name: 'no wrap when only low counters tie',
      photos: [photo(1, 'IMG_0900.JPG', 5), photo(2, 'IMG_0002.JPG', 5)],
      expected: [2, 1],
    },
    {
      name: 'then path, then id',
      photos: [photo(3, 'b/cover.JPG', 5), photo(2, 'a/cover.JPG', 5), photo(1, 'a/cover.JPG', 5), photo(4, 'IMG_0001.JPG', 5)],
      expected: [4, 1, 2, 3],
    },
  ])('$name', ({ photos, expected }) => {
    expect(orderByCaptureTime(photos).map((p) => p.id)).toEqual(expected);
    expect(orderByCaptureTime([...photos].reverse()).map((p) => p.id)).toEqual(expected);
  });
});
