import { withDeadline } from './request-deadline.js';
import type { ShopWrite } from './shop-writes.js';

/**
 * What became of one request: done (with the shop's answer), worth trying again later (no network,
 * the shop busy or restarting), or a problem the photographer must see (a revoked token, a job the
 * shop deleted, a code another job holds), which no retry can mend.
 */
export type SendOutcome = { ok: true; body: unknown } | { ok: false; retry: boolean; why: string };

export interface ShopClient {
  send: (write: ShopWrite, opId: string) => Promise<SendOutcome>;
  /** Whether the shop answers at all: the cheap probe before a drain. */
  isOnline: () => Promise<boolean>;
}

/** A request that has not answered in this long is a dropped connection, not a slow shop. */
const REQUEST_TIMEOUT_MS = 30_000;
const PROBE_TIMEOUT_MS = 5_000;
/** Answers that mean "later": too many requests, a timeout, the shop or a proxy in front of it down. */
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** The shop at `baseUrl` (the reference server's API), as the account the token belongs to. */
export function shopClient(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): ShopClient {
  const url = (path: string): string => new URL(path, baseUrl).href;
  return {
    async send(write, opId) {
      let response: Response;
      let body: unknown;
      try {
        [response, body] = await withDeadline(REQUEST_TIMEOUT_MS, async (signal) => {
          const answer = await fetchImpl(url(write.path), {
            method: write.method,
            headers: {
              authorization: `Bearer ${token}`,
              'idempotency-key': opId,
              ...(write.method === 'PUT' ? { 'content-type': 'application/json' } : {}),
            },
            ...(write.method === 'PUT' ? { body: JSON.stringify(write.body) } : {}),
            signal,
          });
          return [answer, await answer.json().catch(() => null)] as const;
        });
      } catch (error) {
        return { ok: false, retry: true, why: `the shop at ${baseUrl} did not answer (${(error as Error).message})` };
      }
      if (response.ok) return { ok: true, body };
      const refusal = refusalOf(body);
      const said = refusal?.message ?? response.statusText;
      // A photo may name a subject whose own record is still on its way (or was refused): it comes first, then the photo.
      if (RETRY_STATUSES.has(response.status) || refusal?.code === 'unknown-subject') return { ok: false, retry: true, why: `the shop answered ${response.status}: ${said}` };
      if (response.status === 401 || response.status === 403) return { ok: false, retry: false, why: `the shop refused the token (${said}): set a valid token` };
      return { ok: false, retry: false, why: `the shop refused ${write.method} ${write.path} (${response.status}): ${said}` };
    },
    async isOnline() {
      try {
        return await withDeadline(PROBE_TIMEOUT_MS, async (signal) => (await fetchImpl(url('/api/health'), { signal })).ok);
      } catch {
        return false;
      }
    },
  };
}

/** The shop's refusal as it sends them: `{ error: { code, message } }`. */
function refusalOf(body: unknown): { code: string; message: string } | null {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : null;
}
