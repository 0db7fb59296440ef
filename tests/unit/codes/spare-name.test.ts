import { describe, expect, it } from 'vitest';
import { spareLastName } from '../../../electron/core/codes/spare-name.js';
import { CODE_ALPHABET, generateCode } from '../../../electron/core/codes/generate-code.js';

describe('spareLastName', () => {
  it.each([
    [1, 'One'], [2, 'Two'], [13, 'Thirteen'], [20, 'Twenty'], [21, 'Twenty-One'], [99, 'Ninety-Nine'],
    [100, 'One Hundred'], [115, 'One Hundred Fifteen'], [342, 'Three Hundred Forty-Two'], [1000, 'One Thousand'], [2005, 'Two Thousand Five'],
  ])('%i → %s', (n, expected) => {
    expect(spareLastName(n)).toBe(expected);
  });
});

describe('generateCode', () => {
  it('uses only the look-alike-free alphabet and skips taken codes', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const code = generateCode((c) => taken.has(c));
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
      expect(code).not.toMatch(/[01OIL]/);
      expect(taken.has(code)).toBe(false);
      taken.add(code);
    }
  });

  it('gives up with a message when every code is taken', () => {
    expect(() => generateCode(() => true)).toThrow('could not find an unused access code');
  });
});
