import { describe, expect, it } from 'vitest';
import { shopClient, type SendOutcome } from '../../../electron/core/sync/shop-client.js';

const answer = (status: number, body: unknown): typeof fetch => () => Promise.resolve(new Response(JSON.stringify(body), { status }));
const refusal = (code: string, message: string) => ({ error: { code, message } });

describe('shopClient.send', () => {
  it.each<[string, typeof fetch, Partial<SendOutcome>]>([
    ['a write the shop took', answer(200, { id: '7' }), { ok: true, body: { id: '7' } }],
    ['a write the shop made', answer(201, { id: '7' }), { ok: true }],
    ['no network', () => Promise.reject(new TypeError('fetch failed')), { ok: false, retry: true }],
    ['the shop restarting', answer(503, refusal('unavailable', 'restarting')), { ok: false, retry: true }],
    ['too many requests', answer(429, {}), { ok: false, retry: true }],
    ['a proxy without the shop behind it', answer(502, 'Bad Gateway'), { ok: false, retry: true }],
    ['a subject still on its way', answer(422, refusal('unknown-subject', 'photo 4 links subject 9')), { ok: false, retry: true }],
    ['a revoked token', answer(401, refusal('unauthorized', 'token not valid')), { ok: false, retry: false, why: 'the shop refused the token (token not valid): set a valid token' }],
    ['a job the shop deleted', answer(404, refusal('not-found', 'job abc not found')), { ok: false, retry: false, why: 'the shop refused PUT /api/jobs/abc (404): job abc not found' }],
    ['a code another job holds', answer(409, refusal('code-taken', 'code K7QX2MPA already belongs to another subject')), { ok: false, retry: false }],
  ])('%s', async (_, fetchImpl, expected) => {
    const client = shopClient('https://shop.example.com', 'token', fetchImpl);
    expect(await client.send({ method: 'PUT', path: '/api/jobs/abc', body: { name: 'Spring', status: 'planning' } }, 'op-1')).toMatchObject(expected);
  });

  it('sends the token, the operation id and the body', async () => {
    let seen: Request | undefined;
    const client = shopClient('https://shop.example.com/', 'secret', (input, init) => {
      seen = new Request(input, init);
      return Promise.resolve(new Response('{}', { status: 200 }));
    });
    await client.send({ method: 'PUT', path: '/api/jobs/abc', body: { name: 'Spring', status: 'selling' } }, 'op-9.1');
    expect(seen?.url).toBe('https://shop.example.com/api/jobs/abc');
    expect(seen?.headers.get('authorization')).toBe('Bearer secret');
    expect(seen?.headers.get('idempotency-key')).toBe('op-9.1');
    expect(await seen?.json()).toEqual({ name: 'Spring', status: 'selling' });
  });
});
