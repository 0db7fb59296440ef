import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import S3rver from 's3rver';

export const S3_BUCKET = 'shootdesk-test';
/** s3rver's one built-in account. */
export const S3_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
const noSuchUpload = xml('<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>');

/**
 * s3rver answers every call tus's S3 store makes but two: ListParts (where a resumed upload stands) and
 * AbortMultipartUpload (a cancelled upload). These read and remove the parts where s3rver itself keeps
 * them (its filesystem store: `<bucket>/._S3rver_uploads/<uploadId>/<n>` beside `<n>.md5`).
 */
function multipartCalls(directory: string) {
  return async (context: Parameters<S3rver['middleware'][number]>[0], next: () => Promise<void>): Promise<void> => {
    const uploadId = context.query.uploadId;
    if (!uploadId || context.query.partNumber !== undefined || (context.method !== 'GET' && context.method !== 'DELETE')) return next();
    const [, bucket = '', ...key] = context.path.split('/');
    const parts = join(directory, bucket, '._S3rver_uploads', uploadId);
    const names = await readdir(parts).catch(() => undefined);
    context.type = 'application/xml';
    if (!/^[0-9a-f]+$/.test(uploadId) || !names) {
      context.status = 404;
      context.body = noSuchUpload;
      return;
    }
    if (context.method === 'DELETE') {
      await rm(parts, { recursive: true, force: true });
      context.status = 204;
      context.body = '';
      return;
    }
    const numbers = names.filter((name) => /^\d+$/.test(name)).map(Number).sort((a, b) => a - b);
    const listed = await Promise.all(
      numbers.map(async (n) => {
        const [md5, size] = await Promise.all([readFile(join(parts, `${n}.md5`), 'utf8'), stat(join(parts, String(n))).then((info) => info.size)]);
        return `<Part><PartNumber>${n}</PartNumber><ETag>"${md5}"</ETag><Size>${size}</Size></Part>`;
      }),
    );
    context.status = 200;
    context.body = xml(
      `<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${bucket}</Bucket><Key>${key.join('/')}</Key><UploadId>${uploadId}</UploadId><IsTruncated>false</IsTruncated>${listed.join('')}</ListPartsResult>`,
    );
  };
}

export interface RunningS3 {
  endpoint: string;
  stop(): Promise<void>;
}

/** An S3-protocol server on 127.0.0.1 and a free port, keeping its objects in `directory`, with one bucket. */
export async function startS3(directory: string): Promise<RunningS3> {
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: S3_BUCKET }] });
  server.middleware.unshift(multipartCalls(directory));
  const { port } = await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
