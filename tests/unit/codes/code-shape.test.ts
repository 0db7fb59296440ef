import { describe, expect, it } from 'vitest';
import { isGeneratedCode, normaliseCode } from '../../../electron/core/codes/code-shape.js';

describe('normaliseCode', () => {
  it.each([
    ['K7QX2MPA', 'K7QX2MPA'],
    ['  k7qx2mpa ', 'K7QX2MPA'],
    ['3A-017', '3A-017'],
    ['ABCD', 'ABCD'],
    ['ABC', null],
    ['A'.repeat(33), null],
    ['maße', null],
    ['ＡＢＣＤ１２', null],
    ['AB CD', null],
    ['----', null],
    ['=HYPERLINK("x")', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(normaliseCode(text)).toBe(expected);
  });
});

describe('isGeneratedCode', () => {
  it.each([
    ['K7QX2MPA', true],
    ['HJKMNPQR', true],
    ['EVENTS', false],
    ['K7QX2MPAB', false],
    ['k7qx2mpa', false],
    ['K7QX2MP0', false],
    ['K7QX2MPO', false],
    ['K7QX2MP1', false],
    ['K7QX2MPI', false],
    ['K7QX2MPL', false],
    ['K7QX-MPA', false],
  ])('%s → %s', (code, expected) => {
    expect(isGeneratedCode(code)).toBe(expected);
  });
});
