import { once } from 'node:events';
import { createServer, connect, type Socket } from 'node:net';
import type { Rng } from '../shoot/prng.js';

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: what the client is told the shop's address is. */
  url: string;
  /** Bytes the client sent towards the shop so far, across every connection. */
  sentUp(): number;
  /** Resolves once the client has sent at least this many bytes in all. */
  sentPast(bytes: number): Promise<void>;
  /** Connections cut so far by `cutAt`. */
  cuts(): number;
  /**
   * Sends new connections to the shop at this port: a shop started again takes a free port, since
   * its old one may have gone to another test's server in the meantime. The client keeps the proxy's
   * address, as it keeps a shop's behind a reverse proxy.
   */
  retarget(port: number): void;
  close(): Promise<void>;
}

export interface ProxyOptions {
  /**
   * Totals of client bytes at which to cut the connection carrying them, in the middle of whatever
   * request it is: the bytes up to the mark go through, the rest never arrives.
   */
  cutAt?: readonly number[];
  /** Chooses, per cut, between a reset (RST, a dropped Wi-Fi) and a plain close (FIN, a proxy going away). */
  rng?: Rng;
  /**
   * Totals of client bytes at which the connection carrying them goes silent: nothing more passes
   * either way and it is never closed, as when venue Wi-Fi vanishes without a reset.
   */
  silenceAt?: readonly number[];
}

/**
 * A TCP proxy on 127.0.0.1 in front of the shop at `targetPort`, counting what the client sends and
 * cutting connections where told. The shop may be down and come back (see `retarget`): a request
 * that finds it down is answered 502, as by a reverse proxy in front of a shop that is down.
 */
export async function startFaultProxy(targetPort: number, options: ProxyOptions = {}): Promise<FaultProxy> {
  const marks = [...(options.cutAt ?? [])].sort((a, b) => a - b);
  const silences = [...(options.silenceAt ?? [])].sort((a, b) => a - b);
  let target = targetPort;
  let sent = 0;
  let cuts = 0;
  let waiters: { bytes: number; resolve: () => void }[] = [];
  const open = new Set<Socket>();

  const cut = (client: Socket, shop: Socket): void => {
    cuts += 1;
    if (options.rng?.chance(0.5) ?? true) {
      client.resetAndDestroy();
      shop.resetAndDestroy();
    } else {
      client.destroy();
      shop.destroy();
    }
  };

  const server = createServer((client) => {
    const shop = connect(target, '127.0.0.1');
    let connected = false;
    let silent = false;
    for (const socket of [client, shop]) {
      open.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => open.delete(socket));
    }
    shop.on('connect', () => {
      connected = true;
      shop.pipe(client);
    });
    shop.on('close', () => {
      // The shop down: answered as a reverse proxy in front of it answers (nginx's 502).
      if (connected) client.destroy();
      else client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    client.on('close', () => shop.destroy());
    // Written before the shop's socket connects, bytes wait in it: nothing is lost or reordered.
    client.on('data', (chunk: Buffer) => {
      if (silent) return;
      const hush = silences[0];
      if (hush !== undefined && sent + chunk.length >= hush) {
        silences.shift();
        silent = true;
        shop.write(chunk.subarray(0, hush - sent));
        sent = hush;
        shop.unpipe(client);
        shop.pause();
        return;
      }
      const mark = marks[0];
      const cutHere = mark !== undefined && sent + chunk.length >= mark;
      const through = cutHere ? chunk.subarray(0, mark - sent) : chunk;
      sent += through.length;
      if (cutHere) {
        marks.shift();
        shop.write(through, () => cut(client, shop));
      } else if (!shop.write(through)) {
        client.pause();
        shop.once('drain', () => client.resume());
      }
      const due = waiters.filter((w) => sent >= w.bytes);
      waiters = waiters.filter((w) => sent < w.bytes);
      for (const waiter of due) waiter.resolve();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP address');

  return {
    url: `http://127.0.0.1:${address.port}`,
    sentUp: () => sent,
    sentPast: (bytes) => (sent >= bytes ? Promise.resolve() : new Promise((resolve) => waiters.push({ bytes, resolve }))),
    cuts: () => cuts,
    retarget: (port) => {
      target = port;
    },
    async close() {
      for (const socket of open) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
