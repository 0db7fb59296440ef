import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the client made to the shop, as the proxy saw it (times in ms since the proxy started). */
export interface LoggedRequest {
  method: string;
  path: string;
  start: number;
  end: number;
}

export interface RequestLogProxy {
  url: string;
  /** Requests answered so far, in the order they began. */
  requests(): LoggedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 in front of the shop at `target` that logs every request's span and,
 * when `bytesPerSecond` is given, lets the client's bodies through no faster than that in all (a slow
 * venue line, so that a rate can be seen and measured).
 */
export async function startRequestLogProxy(target: string, bytesPerSecond?: number): Promise<RequestLogProxy> {
  const began = performance.now();
  const logged: LoggedRequest[] = [];
  let upBytes = 0;
  let firstByteAt: number | undefined;
  const server = createServer((req, res) => {
    const entry = { method: req.method ?? '', path: req.url ?? '', start: performance.now() - began, end: Number.NaN };
    logged.push(entry);
    const forward = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('end', () => (entry.end = performance.now() - began));
    });
    forward.on('error', () => res.destroy());
    req.on('data', (chunk: Buffer) => {
      forward.write(chunk);
      if (bytesPerSecond === undefined) return;
      upBytes += chunk.length;
      firstByteAt ??= performance.now();
      const wait = (upBytes / bytesPerSecond) * 1000 - (performance.now() - firstByteAt);
      if (wait > 0) {
        req.pause();
        setTimeout(() => req.resume(), wait);
      }
    });
    req.on('end', () => forward.end());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => logged.filter((entry) => !Number.isNaN(entry.end)),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
