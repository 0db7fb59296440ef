import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';

// A readable card from a generated shoot (tests/support/shoot, seed 5) on which ZXing, asked to
// report failed symbols, also returns a "symbol" with every corner at 0,0. Counting that as an
// unreadable code held a whole subject for review.
const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'generated', 'card-with-phantom-zxing-error.jpg');

describe('a readable card with a phantom ZXing error result', () => {
  it('reads the code and reports no undecodable symbol', async () => {
    const image = await analyseImage(await readFile(FIXTURE));
    expect(await detectQr(image.qrFrame)).toMatchObject({ codes: ['287X7UMP'], undecodable: false });
  });
});
