import { describe, expect, it } from 'vitest';
import { IMAGES_PER_FOLDER, indexField, indexLine, portraitPlace } from '../../../electron/core/export/yearbook-index.js';

describe('indexField', () => {
  it.each([
    ['Zoë', 'Zoë'],
    ["O'Brien", "O'Brien"],
    ['  2B ', '2B'],
    ['Anna\tMaria', 'Anna Maria'],
    ['Anna\r\nMaria', 'Anna Maria'],
    ['Anna\t\t\nMaria', 'Anna Maria'],
    ['Bell\u0007e', 'Bell e'],
    ['next\u0085line', 'next line'],
    ['\t', ''],
  ])('%j → %j', (value, field) => {
    expect(indexField(value)).toBe(field);
  });
});

describe('indexLine', () => {
  it('writes the 13 fields in the guidelines’ order, tab-separated, ending in CR LF', () => {
    const line = indexLine({ volume: 'Yearbook', folder: 'IMAGES01', file: '00001.jpg', grade: '3', lastName: 'Öztürk', firstName: 'Ağça', homeRoom: '3B' });
    expect(line).toBe('Yearbook\tIMAGES01\t00001.jpg\t3\tÖztürk\tAğça\t3B\t\t\t\t\t\tLARGE\r\n');
  });

  it('keeps 13 fields when a name holds a tab or a line break', () => {
    const line = indexLine({ volume: 'V', folder: 'F', file: 'f.jpg', grade: '', lastName: 'Smith\tJones', firstName: 'Ann\nMarie', homeRoom: '1A\r' });
    expect(line.endsWith('\r\n')).toBe(true);
    expect(line.slice(0, -2).split('\t')).toEqual(['V', 'F', 'f.jpg', '', 'Smith Jones', 'Ann Marie', '1A', '', '', '', '', '', 'LARGE']);
  });
});

describe('portraitPlace', () => {
  it.each([
    [0, 'IMAGES01', '00001.jpg'],
    [1, 'IMAGES01', '00002.jpg'],
    [IMAGES_PER_FOLDER - 1, 'IMAGES01', '00500.jpg'],
    [IMAGES_PER_FOLDER, 'IMAGES02', '00501.jpg'],
    [IMAGES_PER_FOLDER * 12, 'IMAGES13', '06001.jpg'],
    [99_999, 'IMAGES200', '100000.jpg'],
  ])('portrait %i goes to %s/%s', (n, folder, file) => {
    expect(portraitPlace(n)).toEqual({ folder, file });
  });

  it('gives names of letters and digits, unique across the package', () => {
    const names = Array.from({ length: 2_000 }, (_, n) => portraitPlace(n).file);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[0-9]{5}\.jpg$/);
  });
});
