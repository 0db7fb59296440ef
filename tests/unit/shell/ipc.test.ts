import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/api/contract.js';
import { answerWith, METHOD_NAMES } from '../../../shared/api/derive.js';
import { createEventForwarder } from '../../../electron/main/forward-events.js';
import { registerIpcHandlers } from '../../../electron/main/ipc.js';
import { isTrustedSender } from '../../../electron/main/sender-guard.js';
import type { SenderFrame } from '../../../electron/main/sender-guard.js';
import { JOB, fakeHandlers } from './fake-handlers.js';

const APP = 'shootdesk-app://app/index.html';
const appOrigin = { kind: 'app-scheme' } as const;

type Listener = (event: { senderFrame: SenderFrame | null }, input: unknown) => Promise<Result<unknown>>;

/** Stands in for ipcMain: keeps the registered listeners so a test can invoke them. */
const ipcMain = vi.hoisted(() => {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: (channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    invoke(channel: string, senderFrame: SenderFrame | null, input: unknown) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ senderFrame }, input);
    },
    channels: () => [...listeners.keys()],
  };
});

// ipc.ts is the one module that takes ipcMain from Electron, which cannot load without its binary.
vi.mock('electron', () => ({ ipcMain }));

function setUp() {
  ipcMain.listeners.clear();
  const list = vi.fn(() => Promise.resolve([JOB]));
  registerIpcHandlers(answerWith(fakeHandlers({ 'jobs.list': list })), (frame) => isTrustedSender(frame, appOrigin));
  return { ipcMain, list };
}

describe('registerIpcHandlers', () => {
  it('registers one channel per contract method', () => {
    expect(setUp().ipcMain.channels().sort()).toEqual(METHOD_NAMES.map((m) => `api:${m}`).sort());
  });

  it('answers the app main frame', async () => {
    const { ipcMain } = setUp();
    expect(await ipcMain.invoke('api:jobs.list', { url: APP, parent: null }, {})).toEqual({ ok: true, value: [JOB] });
  });

  it('validates input for a trusted sender too', async () => {
    const { ipcMain } = setUp();
    expect(await ipcMain.invoke('api:jobs.delete', { url: APP, parent: null }, { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it.each([
    ['a subframe', { url: APP, parent: { url: APP } }],
    ['another page', { url: 'https://example.com/', parent: null }],
    ['a destroyed frame', null],
  ])('refuses %s with forbidden, without calling core', async (_name, frame) => {
    const { ipcMain, list } = setUp();
    const result = await ipcMain.invoke('api:jobs.list', frame, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(list).not.toHaveBeenCalled();
  });

  it('guards every channel, not only the one tried above', async () => {
    ipcMain.listeners.clear();
    const called: string[] = [];
    const handlers = fakeHandlers();
    const recording = Object.fromEntries(
      Object.entries(handlers).map(([method, handler]) => [method, (input: never) => (called.push(method), (handler as (i: never) => unknown)(input))]),
    ) as typeof handlers;
    registerIpcHandlers(answerWith(recording), (frame) => isTrustedSender(frame, appOrigin));
    for (const method of METHOD_NAMES) {
      expect(await ipcMain.invoke(`api:${method}`, { url: 'https://example.com/', parent: null }, {}), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(called).toEqual([]);
  });
});

describe('createEventForwarder', () => {
  const progress = { stage: 'analyse', done: 3, total: 10, rate: 12.5 } as const;

  it('sends each event on its channel to the current window', () => {
    const target = { isDestroyed: () => false, send: vi.fn() };
    createEventForwarder(() => target)('scan.progress', progress);
    expect(target.send).toHaveBeenCalledWith('event:scan.progress', progress);
  });

  it('drops events while there is no live window', () => {
    const destroyed = { isDestroyed: () => true, send: vi.fn() };
    createEventForwarder(() => destroyed)('scan.progress', progress);
    expect(destroyed.send).not.toHaveBeenCalled();
    expect(() => createEventForwarder(() => null)('scan.progress', progress)).not.toThrow();
  });
});
