import { createHash, randomBytes } from 'node:crypto';

/**
 * A new API token: 32 random bytes, base64url, after a fixed prefix so that it never begins with a
 * dash (a command line would take it for an option) and a secret scanner can recognise it. Only its
 * hash is ever stored, so tokens issued before the prefix stay valid.
 */
export function newToken(): string {
  return `sdt_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
