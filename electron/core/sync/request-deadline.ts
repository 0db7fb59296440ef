/**
 * Runs `request` with a signal that aborts it after `ms`, keeping the process alive until it settles.
 * AbortSignal.timeout's timer does not: when the shop closes a connection it never read (a shop
 * killed between accepting a connection and reading it), undici's fetch neither answers nor fails
 * and holds nothing open, and `shootdesk sync` ended there, with exit 0 and nothing printed.
 */
export async function withDeadline<T>(ms: number, request: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer in ${ms / 1000} s`, 'TimeoutError')), ms);
  try {
    return await request(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
