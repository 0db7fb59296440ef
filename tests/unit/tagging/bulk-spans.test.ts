import { describe, expect, it } from 'vitest';
import { bulkSpans, type BulkMark } from '../../../shared/tagging/bulk-spans.js';

const mark = (photoId: number, target: string | null): BulkMark<string | null> => ({ photoId, target });

describe('bulkSpans: a mark starts a subject that runs, in its camera’s order, to the photo before the next mark', () => {
  const cases: [string, number[][], BulkMark<string | null>[], { target: string | null; photoIds: number[] }[]][] = [
    ['one mark takes the whole stream', [[1, 2, 3]], [mark(1, 'A')], [{ target: 'A', photoIds: [1, 2, 3] }]],
    ['photos before the first mark stay as they are', [[1, 2, 3, 4]], [mark(3, 'A')], [{ target: 'A', photoIds: [3, 4] }]],
    [
      'marks split the stream at each marked photo',
      [[1, 2, 3, 4, 5]],
      [mark(1, 'A'), mark(3, 'B'), mark(5, null)],
      [
        { target: 'A', photoIds: [1, 2] },
        { target: 'B', photoIds: [3, 4] },
        { target: null, photoIds: [5] },
      ],
    ],
    [
      'a span follows the stream’s order, not the order of ids or marks',
      [[9, 4, 7, 1]],
      [mark(7, 'B'), mark(9, 'A')],
      [
        { target: 'A', photoIds: [9, 4] },
        { target: 'B', photoIds: [7, 1] },
      ],
    ],
    [
      'a span never crosses into another camera’s stream',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [mark(2, 'A'), mark(5, 'B')],
      [
        { target: 'A', photoIds: [2, 3] },
        { target: 'B', photoIds: [5, 6] },
      ],
    ],
    ['a stream without a mark is left alone', [[1, 2], [3, 4]], [mark(3, 'A')], [{ target: 'A', photoIds: [3, 4] }]],
    [
      'one code marked in two places makes two spans of it',
      [[1, 2, 3, 4]],
      [mark(1, 'A'), mark(2, 'B'), mark(4, 'A')],
      [
        { target: 'A', photoIds: [1] },
        { target: 'B', photoIds: [2, 3] },
        { target: 'A', photoIds: [4] },
      ],
    ],
    ['no marks, no spans', [[1, 2]], [], []],
  ];
  it.each(cases)('%s', (_name, streams, marks, spans) => {
    expect(bulkSpans(streams, marks)).toEqual({ ok: true, spans });
  });

  const refusals: [string, number[][], BulkMark<string | null>[], { outside: number[]; twice: number[] }][] = [
    ['a photo marked twice, whatever the codes', [[1, 2, 3]], [mark(1, 'A'), mark(2, 'B'), mark(2, 'B')], { outside: [], twice: [2] }],
    ['a mark on a photo in no stream (a copy)', [[1, 2]], [mark(1, 'A'), mark(8, 'B')], { outside: [8], twice: [] }],
    ['both at once, all named', [[1]], [mark(1, 'A'), mark(1, null), mark(5, 'C')], { outside: [5], twice: [1] }],
  ];
  it.each(refusals)('refuses %s', (_name, streams, marks, refused) => {
    expect(bulkSpans(streams, marks)).toEqual({ ok: false, ...refused });
  });
});
