import { describe, expect, it } from 'vitest';
import { loneFinderPatterns, type FinderPattern } from '../../../electron/core/qr/finder-patterns.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import { backgroundFrame, drawQr, fillRect } from './synthetic-frames.js';

/** The finder scan's frame: 640 px on its long edge. */
const LONG_EDGE = 640;

describe('loneFinderPatterns', () => {
  it.each([
    { what: 'the finder a band of glare leaves on a card held up', moduleSize: 8, hits: 24, lone: true },
    { what: 'the smallest card held up, a URL symbol', moduleSize: 3.3, hits: 8, lone: true },
    { what: 'a blurred card, a third of its centre rows confirmed', moduleSize: 6, hits: 6, lone: true },
    { what: 'a small module confirmed on three lines', moduleSize: 2, hits: 3, lone: true },
    { what: 'a chance 1:1:3:1:1 in a photo', moduleSize: 1.8, hits: 1, lone: false },
    { what: 'a card in the background', moduleSize: 1.2, hits: 3, lone: false },
    { what: 'a large pattern confirmed on two lines only', moduleSize: 8, hits: 2, lone: false },
    { what: 'a large pattern confirmed on fewer lines than a third of its centre', moduleSize: 8, hits: 7, lone: false },
  ])('$what: $lone', ({ moduleSize, hits, lone }) => {
    const pattern: FinderPattern = { x: 100, y: 100, moduleSize, hits };
    expect(loneFinderPatterns([pattern], LONG_EDGE)).toEqual(lone ? [pattern] : []);
  });
});

describe('detectQr on a symbol that glare leaves one finder pattern of', () => {
  it('reads nothing and holds the frame', async () => {
    const frame = backgroundFrame(1500, 1000, 21);
    const size = drawQr(frame, 'K7QX2MPA', 500, 250, 10);
    const quiet = 4 * 10;
    // Everything but the top-left finder pattern (7 modules and its separator) washed white.
    fillRect(frame, 500 + quiet + 8 * 10, 250 + quiet, (size - 8) * 10, size * 10, 255);
    fillRect(frame, 500 + quiet, 250 + quiet + 8 * 10, 8 * 10, (size - 8) * 10, 255);
    expect(await detectQr(frame)).toEqual({ codes: [], sizes: [], undecodable: true, cardLike: false });
  });

  it('holds nothing when the symbol is read', async () => {
    const frame = backgroundFrame(1500, 1000, 22);
    drawQr(frame, 'K7QX2MPA', 500, 250, 10);
    expect(await detectQr(frame)).toMatchObject({ codes: ['K7QX2MPA'], undecodable: false });
  });
});
