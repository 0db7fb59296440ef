import { parseArgs } from 'node:util';
import type { StoreOptions } from './store/open-stores.js';
import { parseStorageUrl } from './store/s3/storage-url.js';

export const USAGE = `Usage:
  shootdesk-server [--port <n>] [--host <address>] [--data <dir>] [--database <url>] [--storage <url>]
      Serves the shop API, tus uploads and the customer pages. Port 8787, host 127.0.0.1 and data
      folder ./shootdesk-server-data unless given; --port 0 takes a free port. Prints
      "listening on <url>" once it accepts requests.
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
  | ({ command: 'serve'; port: number; host: string } & StoreOptions)
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
    return { command: 'serve', port: portOf(values.port ?? '8787'), host: values.host ?? '127.0.0.1', dataDir, ...database, ...storage };
  }
  if (positionals.join(' ') !== 'token create') throw new Error(`unknown command: ${positionals.join(' ')}`);
  if (values.port !== undefined || values.host !== undefined) throw new Error('"token create" takes no --port or --host');
  if (values.storage !== undefined) throw new Error('"token create" takes no --storage: tokens live in the database');
  const account = values.account?.trim();
  if (!account) throw new Error('"token create" needs --account <name>');
  return { command: 'token-create', account, dataDir, ...database };
}

function databaseOf(text: string): string {
  if (!/^postgres(ql)?:\/\/./.test(text)) throw new Error(`--database must be a postgres:// URL, not ${text.replace(/:[^:@/]*@/, ':***@')}`);
  return text;
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not ${text}`);
  return port;
}
