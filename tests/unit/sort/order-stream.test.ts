import { describe, expect, it } from 'vitest';
import { orderStream, type OrderedStream } from '../../../electron/core/sort/order-stream.js';
import type { SortPhoto } from '../../../electron/core/sort/sort-types.js';
import { buildPhotos } from './build-photos.js';

/** `id` for a timed photo, `id(previous<next)` for a placed one, one string per stream (`files:` when by file name). */
function describeStreams(streams: OrderedStream[]): string[] {
  return streams.map((stream) => {
    const ids = stream.entries.map(({ photo, placed }) =>
      placed ? `${photo.id}(${placed.previous?.id ?? '-'}<${placed.next?.id ?? '-'})` : `${photo.id}`,
    );
    return `${stream.byFileName ? 'files:' : ''}${ids.join(' ')}`;
  });
}

// Exported files (not a camera's own names): their numbers say nothing about when they were taken.
const twoFolders: SortPhoto[] = [
  ...buildPhotos(['p@0', 'p@10', 'p@20'], { folder: 'A', prefix: 'export-' }),
  ...buildPhotos(['p@5', 'p@-', 'p@15'], { folder: 'B', firstId: 4, firstCounter: 4, prefix: 'export-' }),
];

describe('orderStream', () => {
  it.each([
    { name: 'all timed', photos: buildPhotos(['p@10#3', 'p@0#1', 'p@5#2']), expected: ['2 3 1'] },
    { name: 'exported names go by time alone', photos: buildPhotos(['p@10', 'p@0', 'p@5'], { prefix: 'export-' }), expected: ['2 3 1'] },
    { name: 'a clock set back: the camera counter wins', photos: buildPhotos(['p@100', 'p@103', 'p@40', 'p@43']), expected: ['1 2 3 4'] },
    { name: 'untimed in the middle sits after its file-name predecessor', photos: buildPhotos(['p@0', 'p@5', 'p@-', 'p@10']), expected: ['1 2 3(2<4) 4'] },
    { name: 'untimed runs keep file order', photos: buildPhotos(['p@0', 'p@-', 'p@-', 'p@10']), expected: ['1 2(1<4) 3(1<4) 4'] },
    { name: 'untimed first in its folder goes before the first timed', photos: buildPhotos(['p@-', 'p@5', 'p@9']), expected: ['1(-<2) 2 3'] },
    { name: 'untimed last in its folder', photos: buildPhotos(['p@0', 'p@-']), expected: ['1 2(1<-)'] },
    {
      name: 'file order, not time order, picks the neighbours',
      photos: buildPhotos(['p@0', 'p@20', 'p@-', 'p@10'], { prefix: 'export-' }),
      expected: ['1 4 2 3(2<4)'],
    },
    { name: 'a whole camera without times goes by file name', photos: buildPhotos(['p@-', 'p@-', 'p@-'], { firstCounter: 9998 }), expected: ['files:1 2 3'] },
    { name: 'untimed is placed within its own folder', photos: twoFolders, expected: ['1 4 5(4<6) 2 6 3'] },
    {
      name: 'a folder with no timed photo is a stream of its own',
      photos: [...buildPhotos(['p@0', 'p@5']), ...buildPhotos(['p@-', 'p@-'], { folder: 'DCIM/101CANON', firstId: 3 })],
      expected: ['1 2', 'files:3 4'],
    },
  ])('$name', ({ photos, expected }) => {
    expect(describeStreams(orderStream('serial:A', photos))).toEqual(expected);
    expect(describeStreams(orderStream('serial:A', [...photos].reverse()))).toEqual(expected);
  });
});
