import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const SERVER_BIN = resolve(import.meta.dirname, '..', '..', '..', 'bin', 'shootdesk-server.js');

export interface ServerProcess {
  url: string;
  /** SIGTERM, and the exit code once it stopped. */
  stop(): Promise<number | null>;
}

/** `shootdesk-server token create`, as a photographer runs it. */
export function tokenCreate(account: string, storeArgs: readonly string[]) {
  return spawnSync(process.execPath, [SERVER_BIN, 'token', 'create', '--account', account, ...storeArgs], { encoding: 'utf8' });
}

/** The built `shootdesk-server` on a free port, once it prints where it listens. */
export async function startServerProcess(storeArgs: readonly string[]): Promise<ServerProcess> {
  const server = spawn(process.execPath, [SERVER_BIN, '--port', '0', ...storeArgs], { env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolveExit) => server.on('close', resolveExit));
  let err = '';
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (found) resolveUrl(found[1]!);
    });
    server.on('close', () => reject(new Error(`server exited before listening: ${out}${err}`)));
  });
  return {
    url,
    stop: () => {
      server.kill('SIGTERM');
      return exited;
    },
  };
}
