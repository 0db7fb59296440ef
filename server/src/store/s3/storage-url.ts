/** Where an S3-compatible store keeps the server's uploads, as `--storage s3://bucket[/prefix]?...` gives it. */
export interface S3Target {
  bucket: string;
  /** Put before every key (ending in `/` unless empty), so one bucket can serve several servers. */
  prefix: string;
  endpoint?: string;
  region?: string;
  forcePathStyle: boolean;
}

const OPTIONS = new Set(['endpoint', 'region', 'forcePathStyle']);

/**
 * Reads `s3://bucket[/prefix][?endpoint=<url>&region=<name>&forcePathStyle=true|false]`. Credentials
 * never go in the URL (it shows in process lists and logs): the AWS SDK's own chain reads them
 * (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, an instance role). Path-style addressing is
 * the default with an endpoint, as S3-compatible servers (MinIO, Ceph, s3rver) mostly need it.
 */
export function parseStorageUrl(text: string): S3Target {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol !== 's3:') throw new Error(`--storage must be an s3://bucket[/prefix] URL, not ${text}`);
  if (url.username || url.password) throw new Error('--storage takes no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
  const bucket = url.hostname;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new Error(`--storage: "${bucket}" is not an S3 bucket name`);
  for (const name of url.searchParams.keys()) {
    if (!OPTIONS.has(name)) throw new Error(`--storage: unknown option ${name} (known: ${[...OPTIONS].join(', ')})`);
  }
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]/.test(endpoint)) throw new Error(`--storage: endpoint must be an http(s) URL, not ${endpoint}`);
  const pathStyle = url.searchParams.get('forcePathStyle');
  if (pathStyle !== null && pathStyle !== 'true' && pathStyle !== 'false') throw new Error(`--storage: forcePathStyle must be true or false, not ${pathStyle}`);
  const prefix = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  return {
    bucket,
    prefix: prefix ? `${prefix}/` : '',
    endpoint,
    region: url.searchParams.get('region') ?? undefined,
    forcePathStyle: pathStyle === null ? endpoint !== undefined : pathStyle === 'true',
  };
}
