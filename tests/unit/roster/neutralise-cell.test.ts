import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../electron/core/roster/neutralise-cell.js';

describe('neutraliseCell', () => {
  const cases: [cell: string, written: string][] = [
    ['=HYPERLINK("http://evil.example","Mia")', `'=HYPERLINK("http://evil.example","Mia")`],
    ['+49 170 1234567', "'+49 170 1234567"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rReturn', "'\rReturn"],
    ['Mia', 'Mia'],
    ['Jean-Luc', 'Jean-Luc'],
    ['', ''],
    ['K7QX2MPA', 'K7QX2MPA'],
  ];
  it.each(cases)('writes %j as %j', (cell, written) => {
    expect(neutraliseCell(cell)).toBe(written);
  });
});
