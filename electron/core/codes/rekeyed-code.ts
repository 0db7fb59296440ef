import { normaliseAffix, type RekeyHow } from '../../../shared/codes/rekey-how.js';
import { normaliseCode } from './code-shape.js';

/**
 * A job's code with the affix added as typed (`K7QX2MPA` + `26` is `K7QX2MPA26`): the parent still
 * recognises her code. Null when `how` regenerates (the caller draws a fresh code), or when the
 * result is no code a card or a parent could carry.
 */
export function rekeyedCode(code: string, how: RekeyHow): string | null {
  if ('regenerate' in how) return null;
  const affix = normaliseAffix('suffix' in how ? how.suffix : how.prefix);
  if (affix === null) return null;
  return normaliseCode('suffix' in how ? `${code}${affix}` : `${affix}${code}`);
}
