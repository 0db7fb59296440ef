import { describe, expect, it } from 'vitest';
import { decodeEdge } from '../../../electron/core/media/decode-edge.js';

describe('decodeEdge', () => {
  it.each([
    // format, long edge, asked, decoded to, why
    ['jpeg', 6000, 1500, 1200, '24 MP: 1/4 scale (1500) reduced to 1200 instead of 1/2 scale (3000) reduced to 1500'],
    ['jpeg', 6016, 1500, 1203, 'a Nikon 24 MP frame: the shrink stays at 5 or more'],
    ['jpeg', 6720, 1500, 1344, '30 MP'],
    ['jpeg', 7499, 1500, 1499, 'just under the point where 1/4 scale reaches the edge asked for'],
    ['jpeg', 7500, 1500, 1500, '1/4 scale already at the edge asked for'],
    ['jpeg', 8256, 1500, 1500, '45 MP: already decoded at 1/4'],
    ['jpeg', 5999, 1500, 1500, '1/4 scale would leave less than 1200 px: keep 1500 (decoded at 1/2)'],
    ['jpeg', 5472, 1500, 1500, '20 MP'],
    ['jpeg', 4032, 1500, 1500, 'a phone'],
    ['jpeg', 1200, 1500, 1500, 'small: never enlarged anyway'],
    ['jpeg', 6000, 600, 600, 'a smaller edge asked for is kept'],
    ['jpeg', 6000, 1200, 1200, 'the edge asked for is already the fast one'],
    ['png', 6000, 1500, 1500, 'no reduced decode for PNG'],
    ['webp', 6000, 1500, 1500, 'WebP scales on load to any size'],
    ['tiff', 6000, 1500, 1500, 'no reduced decode for TIFF'],
    [undefined, 6000, 1500, 1500, 'unknown format'],
  ] as const)('%s, long edge %i, asked %i → %i (%s)', (format, longEdge, asked, expected, _why) => {
    expect(decodeEdge(format, longEdge, asked)).toBe(expected);
  });
});
