import { Upload } from 'tus-js-client';

export interface UploadTarget {
  baseUrl: string;
  token: string;
  jobId: string;
  photoId: string;
  sha256: string;
}

export interface UploadRun {
  url: string | null;
  /** Bytes this run sent in PATCH bodies. */
  sent: number;
}

/**
 * Uploads bytes over tus as the desktop client will (tus-js-client from Node), or resumes the upload at
 * `resumeFrom`. `abortAfter` stops it once that many bytes were accepted. Rejects with tus's error,
 * which carries the server's answer.
 */
export function uploadOverTus(
  bytes: Buffer,
  target: UploadTarget,
  options: { chunkSize?: number; resumeFrom?: string; abortAfter?: number } = {},
): Promise<UploadRun> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const upload: Upload = new Upload(bytes, {
      endpoint: new URL('/files', target.baseUrl).href,
      uploadUrl: options.resumeFrom ?? null,
      headers: { authorization: `Bearer ${target.token}` },
      metadata: { jobId: target.jobId, photoId: target.photoId, sha256: target.sha256 },
      chunkSize: options.chunkSize ?? Number.POSITIVE_INFINITY,
      retryDelays: null,
      onChunkComplete: (chunkSize, accepted) => {
        sent += chunkSize;
        if (options.abortAfter !== undefined && accepted >= options.abortAfter && accepted < bytes.length) {
          upload.abort().then(() => resolve({ url: upload.url, sent }), reject);
        }
      },
      onSuccess: () => resolve({ url: upload.url, sent }),
      onError: reject,
    });
    upload.start();
  });
}
