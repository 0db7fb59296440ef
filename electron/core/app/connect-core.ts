import type { ApiHandlers, EventPayload, MethodName, Result } from '../../../shared/api/contract.js';
import { METHOD_NAMES } from '../../../shared/api/derive.js';
import { describeError, fail, succeed } from '../../../shared/api/result.js';
import type { Answers, ChildLink, FromCore, Question, ToCore } from './core-messages.js';
import type { CoreOptions } from './create-core.js';

/** The keychain as the parent holds it (Electron's safeStorage answers at once). */
export interface ParentSeal {
  seal(token: string): string;
  open(sealed: string): string;
}

export interface CoreClientOptions {
  dbPath: string;
  cacheDir: string;
  userDataDir?: string | undefined;
  /** Receives every event core emits, in the order core emitted them. */
  emit: CoreOptions['emit'];
  sync?:
    | {
        background: boolean;
        seal?: ParentSeal | undefined;
        onlineHint?: (() => boolean) | undefined;
        pollMs?: number | undefined;
        probeMs?: number | undefined;
      }
    | undefined;
  /** Core's process ended, after it had opened, without being asked to (it crashed, or was killed); `why` says so in a sentence. */
  onStopped?: ((why: string) => void) | undefined;
}

export interface CoreClient {
  /** Every contract method, forwarded to core's process; a failure there is thrown here with its message and code. */
  handlers: ApiHandlers;
  /** One call as a Result: core's own value, or 'transport' when its process stopped. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Settles once core has opened its database; rejects with why it could not. */
  ready: Promise<void>;
  /** Asks core to close (finishing its writes, closing the database) and waits for its process to end. */
  close(): Promise<void>;
}

/** How long core may take to close before its process is ended anyway (a sync upload stops within it). */
const CLOSE_GRACE_MS = 15_000;

/**
 * The parent's side of the link to core's own process: the same handlers as createCore's, so the
 * Electron main process registers them as it would in-process core's, and never waits on SQLite,
 * the split or a report itself.
 */
export function connectCore(link: ChildLink, options: CoreClientOptions): CoreClient {
  const post = (message: ToCore): void => link.post(message);
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let lastId = 0;
  let stopped: string | null = null;
  let closing = false;
  let isOpen = false;
  const opened = { resolve: (): void => undefined, reject: (_error: Error): void => undefined };
  const ready = new Promise<void>((resolve, reject) => Object.assign(opened, { resolve, reject }));
  // A caller that never awaits `ready` still learns of the failure from its calls.
  ready.catch(() => undefined);
  const exited = new Promise<void>((resolve) =>
    link.onExit((code) => {
      stop(closing ? 'Shootdesk is closing' : `Shootdesk's core process stopped unexpectedly (${code === null ? 'killed' : `exit code ${code}`}); restart Shootdesk`);
      resolve();
    }),
  );

  function stop(why: string): void {
    if (stopped !== null) return;
    stopped = why;
    opened.reject(new Error(why));
    for (const settle of pending.values()) settle(fail('transport', why));
    pending.clear();
    // Before core opened, `ready` is what says it could not start.
    if (isOpen && !closing) options.onStopped?.(why);
  }

  const answer = (question: Question): Answers[Question['about']] => {
    const { seal, onlineHint } = options.sync ?? {};
    if (question.about === 'online') return onlineHint?.() ?? true;
    if (!seal) throw new Error('this Shootdesk has no keychain to keep the shop token in');
    return question.about === 'seal' ? seal.seal(question.token) : seal.open(question.sealed);
  };

  link.listen((raw) => {
    // Both ends are this app's own code, started together from one build.
    const message = raw as FromCore;
    switch (message.kind) {
      case 'opened':
        isOpen = true;
        opened.resolve();
        break;
      case 'open-failed':
        opened.reject(new Error(message.message));
        break;
      case 'result':
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
        break;
      case 'event':
        options.emit(message.event, message.payload as EventPayload<typeof message.event>);
        break;
      case 'ask': {
        let reply: Result<unknown>;
        try {
          reply = succeed(answer(message.question));
        } catch (error) {
          reply = fail('failed', describeError(error));
        }
        post({ kind: 'reply', id: message.id, answer: reply });
        break;
      }
    }
  });

  const { sync } = options;
  post({
    kind: 'open',
    options: {
      dbPath: options.dbPath,
      cacheDir: options.cacheDir,
      userDataDir: options.userDataDir,
      sync: sync && { background: sync.background, seal: sync.seal !== undefined, onlineHint: sync.onlineHint !== undefined, pollMs: sync.pollMs, probeMs: sync.probeMs },
    },
  });

  const call = (method: string, input: unknown): Promise<Result<unknown>> => {
    if (stopped !== null) return Promise.resolve(fail('transport', stopped));
    const id = ++lastId;
    const result = new Promise<Result<unknown>>((resolve) => pending.set(id, resolve));
    try {
      post({ kind: 'call', id, method, input });
    } catch (error) {
      pending.delete(id);
      return Promise.resolve(fail('transport', `${method} could not be sent to Shootdesk's core: ${describeError(error)}`));
    }
    return result;
  };

  const forward = (method: MethodName) => async (input: unknown) => {
    const result = await call(method, input);
    // The code goes with the message, so handleCall in the parent answers 'busy' as core did.
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value;
  };
  // Built from the same method list ApiHandlers is typed from; the cast only restates that.
  const handlers = Object.fromEntries(METHOD_NAMES.map((method) => [method, forward(method)])) as unknown as ApiHandlers;

  return {
    handlers,
    call,
    ready,
    async close() {
      if (stopped !== null) return;
      closing = true;
      post({ kind: 'close' });
      const grace = setTimeout(() => link.kill(), CLOSE_GRACE_MS);
      await exited;
      clearTimeout(grace);
    },
  };
}
