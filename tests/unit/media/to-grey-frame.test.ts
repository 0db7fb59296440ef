import { describe, expect, it } from 'vitest';
import { toGreyFrame } from '../../../electron/core/media/to-grey-frame.js';

describe('toGreyFrame', () => {
  it.each([
    ['white', [255, 255, 255], 255],
    ['black', [0, 0, 0], 0],
    ['red', [255, 0, 0], 77],
    ['green', [0, 255, 0], 149],
    ['blue', [0, 0, 255], 29],
  ])('weights %s by BT.601', (_name, rgb, grey) => {
    expect([...toGreyFrame(Buffer.from(rgb), 1, 1, 3).data]).toEqual([grey]);
  });

  it('skips the alpha channel and keeps row-major order', () => {
    const rgba = Buffer.from([255, 255, 255, 0, 0, 0, 0, 255, 255, 0, 0, 9, 0, 0, 0, 9]);
    expect(toGreyFrame(rgba, 2, 2, 4)).toEqual({ data: new Uint8Array([255, 0, 77, 0]), width: 2, height: 2 });
  });

  it('takes the grey channel of one- and two-channel pixels as is', () => {
    expect([...toGreyFrame(Buffer.from([10, 20, 30]), 3, 1, 1).data]).toEqual([10, 20, 30]);
    expect([...toGreyFrame(Buffer.from([10, 255, 20, 0]), 2, 1, 2).data]).toEqual([10, 20]);
  });
});
