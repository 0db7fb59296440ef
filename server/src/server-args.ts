import { parseArgs } from 'node:util';

export const USAGE = `Usage:
  shootdesk-server [--port <n>] [--host <address>] [--data <dir>]
      Serves the shop API, tus uploads and the customer pages. Port 8787, host 127.0.0.1 and data
      folder ./shootdesk-server-data unless given; --port 0 takes a free port. Prints
      "listening on <url>" once it accepts requests.
  shootdesk-server token create --account <name> [--data <dir>]
      Creates the account if it is new and prints a new API token as the last line.
  shootdesk-server --help
`;

export type ServerCommand =
  | { command: 'serve'; port: number; host: string; dataDir: string }
  | { command: 'token-create'; account: string; dataDir: string }
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
      account: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return { command: 'help' };
  const dataDir = values.data ?? 'shootdesk-server-data';
  if (positionals.length === 0) {
    if (values.account !== undefined) throw new Error('--account belongs to "token create"');
    return { command: 'serve', port: portOf(values.port ?? '8787'), host: values.host ?? '127.0.0.1', dataDir };
  }
  if (positionals.join(' ') !== 'token create') throw new Error(`unknown command: ${positionals.join(' ')}`);
  if (values.port !== undefined || values.host !== undefined) throw new Error('"token create" takes no --port or --host');
  const account = values.account?.trim();
  if (!account) throw new Error('"token create" needs --account <name>');
  return { command: 'token-create', account, dataDir };
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not ${text}`);
  return port;
}
