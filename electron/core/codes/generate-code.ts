import { randomInt } from 'node:crypto';

/** No 0/O and no 1/I/L: a parent reads the code off a printed card and types it. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** A fresh code that `isTaken` rejects neither now nor (being random) later in practice. */
export function generateCode(isTaken: (code: string) => boolean, length = CODE_LENGTH): string {
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    let code = '';
    for (let i = 0; i < length; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!isTaken(code)) return code;
  }
  throw new Error('could not find an unused access code after 1000 attempts');
}
