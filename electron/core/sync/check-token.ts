/** A request that has not answered in this long is a dropped connection. */
const CHECK_TIMEOUT_MS = 10_000;

/**
 * Whether the shop takes the token: asked once when the shop comes back and after every change of
 * settings, so a revoked or mistyped token is one problem she sees, not a refusal on every change.
 * 'offline' when the shop did not answer.
 */
export async function checkToken(server: string, token: string, fetchImpl: typeof fetch = fetch): Promise<'ok' | 'offline' | { refused: string }> {
  try {
    const response = await fetchImpl(new URL('/api/jobs', server).href, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    await response.body?.cancel();
    if (response.status === 401 || response.status === 403) return { refused: `the shop at ${server} refused the token (${response.status}): set a valid token in the sync settings` };
    return response.ok ? 'ok' : 'offline';
  } catch {
    return 'offline';
  }
}
