import { randomBytes } from 'node:crypto';

const UPLOAD_ID = /^[0-9]+-[0-9a-f]{32}$/;

// An upload's id names its account, so a request for another account's upload is refused before tus
// or the storage sees it; the random part makes it unguessable.
export function newUploadId(accountId: number): string {
  return `${accountId}-${randomBytes(16).toString('hex')}`;
}

/** Upload ids are made by the server: anything else never reaches the storage. */
export function isUploadId(key: string): boolean {
  return UPLOAD_ID.test(key);
}

export function isUploadOf(accountId: number, uploadId: string): boolean {
  return uploadId.startsWith(`${accountId}-`) && isUploadId(uploadId);
}
