import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '..', '..', '..', 'bin', 'shootdesk-server.js');

export interface ShopProcess {
  url: string;
  port: number;
  /** kill -9: no close handlers, no flush; what the disk holds is what the next start finds. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built shop server (`shootdesk-server`) as a process of its own on 127.0.0.1, so that it can be
 * killed outright: on a free port, or on `port` to come back where it was after a kill.
 */
export async function startShopProcess(dataDir: string, port = 0): Promise<ShopProcess> {
  const child = spawn(process.execPath, [BIN, '--port', String(port), '--data', dataDir], {
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  const url = await listeningUrl(child);
  const ended = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, port: Number(new URL(url).port), kill9: () => ended('SIGKILL'), stop: () => ended('SIGTERM') };
}

/** `shootdesk-server token create`: a new token of the account (made if new), its output's last line. */
export function createToken(dataDir: string, account: string): string {
  const run = spawnSync(process.execPath, [BIN, 'token', 'create', '--account', account, '--data', dataDir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`shootdesk-server token create failed (${run.status}): ${run.stderr}`);
  return run.stdout.trim().split('\n').at(-1) ?? '';
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let out = '';
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (found?.[1]) resolveUrl(found[1]);
    });
    child.once('exit', (code, signal) => reject(new Error(`shootdesk-server ended (${code ?? signal}) before listening: ${out}${err}`)));
  });
}
