import { describe, expect, it } from 'vitest';
import { rekeyedCode } from '../../../electron/core/codes/rekeyed-code.js';
import type { RekeyHow } from '../../../shared/codes/rekey-how.js';

describe('rekeyedCode', () => {
  const cases: [code: string, how: RekeyHow, expected: string | null][] = [
    ['K7QX2MPA', { suffix: '26' }, 'K7QX2MPA26'],
    ['K7QX2MPA', { prefix: 'sgh' }, 'SGHK7QX2MPA'],
    ['K7QX2MPA', { suffix: ' 2026 ' }, 'K7QX2MPA2026'],
    ['1043', { suffix: 'A-26' }, '1043A-26'],
    // A hyphen only inside the affix: `-26` glued to a code reads as a minus sign on a card.
    ['K7QX2MPA', { suffix: '-26' }, null],
    ['K7QX2MPA', { suffix: '26-' }, null],
    ['K7QX2MPA', { suffix: 'ß' }, null],
    ['K7QX2MPA', { suffix: 'Ｋ' }, null],
    ['K7QX2MPA', { suffix: '2 6' }, null],
    ['K7QX2MPA', { suffix: '' }, null],
    ['K7QX2MPA', { suffix: '123456789' }, null],
    // The code shape holds at most 32 characters: a long list code and a long affix do not fit.
    ['ABCDEFGHJKMNPQRSTUVWXYZ234567', { suffix: '2026' }, null],
    ['ABCDEFGHJKMNPQRSTUVWXYZ23456', { suffix: '2026' }, 'ABCDEFGHJKMNPQRSTUVWXYZ234562026'],
    ['K7QX2MPA', { regenerate: true }, null],
  ];
  it.each(cases)('%s with %j is %s', (code, how, expected) => {
    expect(rekeyedCode(code, how)).toBe(expected);
  });
});
