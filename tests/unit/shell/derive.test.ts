import { describe, expect, it, vi } from 'vitest';
import { methods } from '../../../shared/api/contract.js';
import { EVENT_NAMES, METHOD_NAMES, channelOf, createClient, handleCall } from '../../../shared/api/derive.js';
import { JOB, REPORT, fakeHandlers } from './fake-handlers.js';

describe('channelOf', () => {
  it('names method and event channels apart', () => {
    expect(channelOf('jobs.list')).toBe('api:jobs.list');
    expect(channelOf('scan.progress')).toBe('event:scan.progress');
  });

  it('covers every contract method and event, with no name used twice', () => {
    expect(METHOD_NAMES).toEqual(Object.keys(methods));
    const channels = [...METHOD_NAMES, ...EVENT_NAMES].map(channelOf);
    expect(new Set(channels).size).toBe(channels.length);
  });
});

describe('handleCall', () => {
  it('returns the handler value on valid input', async () => {
    expect(await handleCall(fakeHandlers(), 'jobs.list', {})).toEqual({ ok: true, value: [JOB] });
  });

  it('passes the parsed input (trimmed by the schema) to the handler', async () => {
    const setStatus = vi.fn(() => Promise.resolve({}));
    await handleCall(fakeHandlers({ 'jobs.setStatus': setStatus }), 'jobs.setStatus', { name: '  Spring  ', status: 'selling' });
    expect(setStatus).toHaveBeenCalledWith({ name: 'Spring', status: 'selling' });
  });

  it('refuses invalid input with a readable message and never calls the handler', async () => {
    const del = vi.fn(() => Promise.resolve({ retiredCodes: 0 }));
    const result = await handleCall(fakeHandlers({ 'jobs.delete': del }), 'jobs.delete', { name: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/name/);
    expect(del).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 'jobs', [], { status: 'lost', name: 'x' }])('refuses input %j', async (input) => {
    expect(await handleCall(fakeHandlers(), 'jobs.setStatus', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns a thrown error into a failed value', async () => {
    const handlers = fakeHandlers({ 'sort.run': () => Promise.reject(new Error('folder not found: /nope')) });
    expect(await handleCall(handlers, 'sort.run', { folder: '/nope', job: 'J' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'folder not found: /nope' },
    });
  });

  it('turns a synchronous throw of a non-Error into a failed value', async () => {
    const handlers = fakeHandlers({
      'sort.cancel': () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- core may throw a non-Error; the boundary must still answer
        throw 'no scan running';
      },
    });
    expect(await handleCall(handlers, 'sort.cancel', {})).toEqual({ ok: false, error: { code: 'failed', message: 'no scan running' } });
  });

  it.each(['jobs.drop', '', 'constructor', '__proto__', 'toString'])('refuses unknown method %j', async (method) => {
    expect(await handleCall(fakeHandlers(), method, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('reports a method core does not implement as unknown', async () => {
    const handlers = fakeHandlers();
    delete (handlers as Partial<typeof handlers>)['codes.activate'];
    expect(await handleCall(handlers, 'codes.activate', { job: 'J', all: true, codes: [] })).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });

  it('strips output fields the contract does not declare', async () => {
    const leaky = { ...JOB, dbPath: '/secret/shootdesk.sqlite' };
    const result = await handleCall(fakeHandlers({ 'jobs.list': () => Promise.resolve([leaky]) }), 'jobs.list', {});
    expect(result).toEqual({ ok: true, value: [JOB] });
  });

  it('refuses output of the wrong shape', async () => {
    const broken = fakeHandlers({ 'jobs.delete': () => Promise.resolve({ retiredCodes: 'three' } as never) });
    expect(await handleCall(broken, 'jobs.delete', { name: 'J' })).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
  });
});

describe('createClient', () => {
  it('round-trips every kind of answer through handleCall', async () => {
    const handlers = fakeHandlers({ 'jobs.delete': () => Promise.reject(new Error('job is selling')) });
    const invoke = vi.fn((channel: string, input: unknown) => handleCall(handlers, channel.replace(/^api:/, ''), input));
    const client = createClient(invoke);

    expect(await client['sort.run']({ folder: '/shoot', job: 'Springfield 2025' })).toEqual({ ok: true, value: REPORT });
    expect(invoke).toHaveBeenCalledWith('api:sort.run', { folder: '/shoot', job: 'Springfield 2025' });
    expect(await client['jobs.delete']({ name: 'J' })).toEqual({ ok: false, error: { code: 'failed', message: 'job is selling' } });
    expect(await client['jobs.setStatus']({ name: '', status: 'selling' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('has exactly the contract methods', () => {
    expect(Object.keys(createClient(() => Promise.resolve(null))).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('turns a transport failure into an error value', async () => {
    const client = createClient(() => Promise.reject(new Error("No handler registered for 'api:jobs.list'")));
    expect(await client['jobs.list']({})).toEqual({
      ok: false,
      error: { code: 'transport', message: "No handler registered for 'api:jobs.list'" },
    });
  });

  it.each([undefined, null, 42, { ok: 'yes' }, { ok: false }, { ok: false, error: 'boom' }])(
    'refuses a non-envelope answer %j',
    async (answer) => {
      const client = createClient(() => Promise.resolve(answer));
      expect(await client['jobs.list']({})).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    },
  );
});
