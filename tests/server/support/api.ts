import { randomUUID } from 'node:crypto';

export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** A photographer's client of the server's API: JSON in and out, a fresh operation key per write unless given one. */
export function apiClient(baseUrl: string, token?: string) {
  async function send(method: string, path: string, body?: unknown, key?: string, extraHeaders: Record<string, string> = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['idempotency-key'] = key ?? randomUUID();
    const response = await fetch(new URL(path, baseUrl), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
  }
  return {
    get: (path: string) => send('GET', path),
    put: (path: string, body: unknown, key?: string) => send('PUT', path, body, key),
    delete: (path: string, key?: string) => send('DELETE', path, undefined, key),
    send,
    /** A bare tus request (HEAD, PATCH, ...) on an upload URL's path. */
    tus: (method: string, path: string, headers: Record<string, string> = {}) => send(method, path, undefined, undefined, { 'tus-resumable': '1.0.0', ...headers }),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
