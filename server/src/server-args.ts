import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import type { StoreOptions } from './store/open-stores.js';
import { parseStorageUrl } from './store/s3/storage-url.js';

export const USAGE = `Usage:
  shootdesk-server [--port <n>] [--host <address>] [--data <dir>] [--database <url>] [--storage <url>]
                   [--expire-uploads-after <days>] [--trust-proxy <addresses>]
      Serves the shop API, tus uploads and the customer pages. Port 8787, host 127.0.0.1 and data
      folder ./shootdesk-server-data unless given; --port 0 takes a free port. Prints
      "listening on <url>" once it accepts requests. An upload left unfinished is deleted after
      7 days (or --expire-uploads-after); its photo is sent again from the start.
      --trust-proxy 10.0.0.0/8,127.0.0.1   behind a load balancer or TLS proxy at these addresses:
          take the customer's address and the public URL from its X-Forwarded-* headers
      --database postgres://user@host/db   keep records in PostgreSQL instead of the data folder
      --storage s3://bucket[/prefix][?endpoint=<url>&region=<name>&forcePathStyle=true|false]
          keep uploads in an S3-compatible bucket instead of the data folder; credentials from
          AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the AWS SDK's other sources)
      Several servers on one database and one bucket serve the same shop.
  shootdesk-server token create --account <name> [--data <dir>] [--database <url>]
      Creates the account if it is new and prints a new API token as the last line.
  shootdesk-server --help
`;

export type ServerCommand =
  | ({ command: 'serve'; port: number; host: string; trustProxy?: string } & StoreOptions)
  | ({ command: 'token-create'; account: string } & Omit<StoreOptions, 'storage'>)
  | { command: 'help' };

/** Reads the command line; throws an Error naming what is wrong (the caller prints it with the usage). */
export function parseServerArgs(argv: readonly string[]): ServerCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      database: { type: 'string' },
      storage: { type: 'string' },
      'expire-uploads-after': { type: 'string' },
      'trust-proxy': { type: 'string' },
      account: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return { command: 'help' };
  const dataDir = values.data ?? 'shootdesk-server-data';
  const database = values.database === undefined ? {} : { database: databaseOf(values.database) };
  if (positionals.length === 0) {
    if (values.account !== undefined) throw new Error('--account belongs to "token create"');
    const storage = values.storage === undefined ? {} : { storage: parseStorageUrl(values.storage) };
    const expiry = values['expire-uploads-after'];
    if (expiry !== undefined && values.storage !== undefined) {
      throw new Error('--expire-uploads-after is for uploads in the data folder: with --storage, give the bucket a lifecycle rule (server/API.md)');
    }
    const uploadExpiry = expiry === undefined ? {} : { uploadExpiryMs: daysOf(expiry) * 24 * 3600 * 1000 };
    const trustProxy = values['trust-proxy'] === undefined ? {} : { trustProxy: proxiesOf(values['trust-proxy']) };
    return { command: 'serve', port: portOf(values.port ?? '8787'), host: values.host ?? '127.0.0.1', dataDir, ...database, ...storage, ...uploadExpiry, ...trustProxy };
  }
  if (positionals.join(' ') !== 'token create') throw new Error(`unknown command: ${positionals.join(' ')}`);
  if (values.port !== undefined || values.host !== undefined) throw new Error('"token create" takes no --port or --host');
  if (values.storage !== undefined) throw new Error('"token create" takes no --storage: tokens live in the database');
  if (values['expire-uploads-after'] !== undefined || values['trust-proxy'] !== undefined) throw new Error('"token create" takes no --expire-uploads-after or --trust-proxy');
  const account = values.account?.trim();
  if (!account) throw new Error('"token create" needs --account <name>');
  return { command: 'token-create', account, dataDir, ...database };
}

function databaseOf(text: string): string {
  if (!/^postgres(ql)?:\/\/./.test(text)) throw new Error(`--database must be a postgres:// URL, not ${text.replace(/:[^:@/]*@/, ':***@')}`);
  return text;
}

/** Addresses or CIDR ranges only: "true" or a hop count would trust whatever a customer sends. */
function proxiesOf(text: string): string {
  const proxies = text.split(',').map((each) => each.trim());
  const bad = proxies.find((each) => !isIP(each.replace(/\/\d{1,3}$/, '')));
  if (bad !== undefined) throw new Error(`--trust-proxy takes the proxies' IP addresses or CIDR ranges, comma-separated, not ${bad || 'an empty one'}`);
  return proxies.join(',');
}

function daysOf(text: string): number {
  const days = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || days <= 0 || days > 365) throw new Error(`--expire-uploads-after must be a number of days above 0 and at most 365, not ${text}`);
  return days;
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not ${text}`);
  return port;
}
