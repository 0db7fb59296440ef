import { randomBytes } from 'node:crypto';

// An upload's id names its account, so a request for another account's upload is refused before tus
// or the disk sees it; the random part makes it unguessable.
export function newUploadId(accountId: number): string {
  return `${accountId}-${randomBytes(16).toString('hex')}`;
}

export function isUploadOf(accountId: number, uploadId: string): boolean {
  return uploadId.startsWith(`${accountId}-`) && /^[0-9]+-[0-9a-f]{32}$/.test(uploadId);
}
