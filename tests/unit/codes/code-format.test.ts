import { describe, expect, it } from 'vitest';
import { codeFormatOf, describeCodeFormat, fitsCodeFormat } from '../../../electron/core/codes/code-format.js';

describe('fitsCodeFormat', () => {
  const blank = codeFormatOf([]);
  const school = codeFormatOf(['2024-1A-017', '2024-1A-018', '2024-2B-001']);
  const digits = codeFormatOf(['104233', '104234']);
  it.each<[string, ReturnType<typeof codeFormatOf>, string, boolean]>([
    ['blank cards: a code as Shootdesk prints it', blank, 'K7QX2MPA', true],
    ['blank cards: a word from a poster address', blank, 'EVENTS', false],
    ['blank cards: eight characters with a look-alike (0, O, 1, I, L) were never printed', blank, 'K7QX2MP0', false],
    ['blank cards: a shorter code', blank, 'AB12', false],
    ['a names list with its own codes: same length and kinds of character', school, '2024-3C-999', true],
    ['a names list with its own codes: a word of another length', school, 'EVENTS', false],
    ['a names list with its own codes: same length, but no hyphens there', school, 'ABCDEFGHIJK', true],
    ['a names list of digits: letters never appear', digits, 'EVENTS', false],
    ['a names list of digits: a six-digit number fits', digits, '555123', true],
    ['a names list still accepts codes Shootdesk printed for walk-ups', digits, 'K7QX2MPA', true],
  ])('%s', (_name, format, code, fits) => {
    expect(fitsCodeFormat(format, code)).toBe(fits);
  });

  it('describes the format for a message', () => {
    expect(describeCodeFormat(digits)).toBe("this job's codes have 8 letters and digits as Shootdesk prints them; or 6 digits as in the names list");
  });
});
