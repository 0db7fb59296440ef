import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { ApiHandlers, EventName, EventPayload } from '../../shared/api/contract.js';
import { handleCall } from '../../shared/api/derive.js';
import { isInside } from '../core/app/is-inside.js';
import { mediaFileOf } from './media-route.js';

export interface BridgeOptions {
  handlers: ApiHandlers;
  /** Registers a listener for every event core emits; returns the unsubscribe function. */
  subscribe: (listener: <E extends EventName>(event: E, payload: EventPayload<E>) => void) => () => void;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The built bridge client (dist/bridge-client.js): gives the page its `window.shootdesk`. */
  clientScript: string;
  /** Core's thumbnail and preview cache, served under /media. */
  cacheDir: string;
  /** Per-run secret: every API call and the event stream must carry it. */
  token: string;
  port?: number;
}

export interface Bridge {
  /** The page to open, token included. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
// A media file is named by its content hash: the same URL never means other bytes.
const MEDIA_CACHE_CONTROL = 'private, max-age=31536000, immutable';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function sameSecret(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
}

/**
 * The same API as the Electron shell's IPC, over HTTP on 127.0.0.1, for headless use and for
 * end-to-end tests in a browser: POST /api/<method> answers a Result, GET /events streams core's
 * events (server-sent events), GET /media/<thumb|preview>/<sha256>.jpg serves the cache (as the
 * Electron shell's media protocol does), everything else serves the built renderer.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const { handlers, rendererDir, clientScript, cacheDir, token } = options;
  const streams = new Set<ServerResponse>();
  const unsubscribe = options.subscribe((event, payload) => {
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(frame);
  });
  let origin = '';

  const serveFile = async (res: ServerResponse, pathname: string): Promise<void> => {
    if (pathname === '/bridge-client.js') return send(res, 200, await readFile(clientScript, 'utf8'), CONTENT_TYPES['.js']);
    const file = normalize(join(rendererDir, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)));
    if (!isInside(rendererDir, file)) return send(res, 404, 'not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'not found');
    }
    if (file.endsWith('index.html')) {
      // The page gets its API the way Electron's preload gives it: before the app's own script.
      const html = body.toString('utf8').replace('<script', '<script src="/bridge-client.js"></script>\n    <script');
      return send(res, 200, html, CONTENT_TYPES['.html']);
    }
    send(res, 200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  };

  const serveMedia = async (res: ServerResponse, url: URL, rawPath: string): Promise<void> => {
    // An <img> cannot send a header, so the token comes in the query, as for /events.
    if (!sameSecret(url.searchParams.get('token'), token)) return send(res, 403, 'forbidden');
    const file = mediaFileOf(cacheDir, rawPath);
    if (!file) return send(res, 404, 'not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      // Gone since it was resolved (the cache was cleared meanwhile).
      return send(res, 404, 'not found');
    }
    res.writeHead(200, { 'content-type': 'image/jpeg', 'cache-control': MEDIA_CACHE_CONTROL, 'x-content-type-options': 'nosniff' });
    res.end(body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      // Only this origin may talk to the bridge: a page elsewhere that resolves its own name to
      // 127.0.0.1 (DNS rebinding) arrives with another Host header.
      if (req.headers.host !== new URL(origin).host) return send(res, 403, 'forbidden');
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'POST only');
        if (!sameSecret(req.headers['x-shootdesk-token'] as string | undefined, token)) return send(res, 403, 'forbidden');
        let input: unknown;
        try {
          input = await readBody(req);
        } catch (error) {
          return send(res, 400, (error as Error).message);
        }
        const result = await handleCall(handlers, decodeURIComponent(url.pathname.slice('/api/'.length)), input);
        return send(res, 200, JSON.stringify(result), 'application/json');
      }
      if (url.pathname === '/events') {
        if (!sameSecret(url.searchParams.get('token'), token)) return send(res, 403, 'forbidden');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (req.method !== 'GET') return send(res, 405, 'GET only');
      // Judged by the path as sent: the URL parser would first resolve `..` and `%2e%2e` in it.
      const rawPath = (req.url ?? '/').split('?', 1)[0] ?? '/';
      if (rawPath.startsWith('/media/')) return serveMedia(res, url, rawPath);
      await serveFile(res, url.pathname);
    })().catch((error: unknown) => send(res, 500, (error as Error).message));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
      }),
  };
}
