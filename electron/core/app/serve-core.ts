import type { Result } from '../../../shared/api/contract.js';
import { handleCall } from '../../../shared/api/derive.js';
import { describeError, fail } from '../../../shared/api/result.js';
import type { Answers, CoreProcessOptions, FromCore, MessageLink, Question, ToCore } from './core-messages.js';
import { createCore, type Core } from './create-core.js';

export interface CoreServer {
  /** Closes core (its sort, sync and database) and then calls `exit`; once, however often asked. */
  close(): Promise<void>;
}

/**
 * Core's side of the link, in its own process: opens core when the parent says so, answers each
 * call with the Result handleCall makes (the same value as in-process), sends every event on, and
 * asks the parent for what only the parent has (the keychain, whether there is a network).
 */
export function serveCore(link: MessageLink, exit: (code: number) => void): CoreServer {
  const post = (message: FromCore): void => link.post(message);
  let core: Core | undefined;
  let unavailable = 'core has not been opened yet';
  let closing: Promise<void> | undefined;
  let lastAsk = 0;
  const asked = new Map<number, (answer: Result<unknown>) => void>();

  const ask = <Q extends Question['about']>(question: Question & { about: Q }): Promise<Answers[Q]> =>
    new Promise((resolve, reject) => {
      const id = ++lastAsk;
      asked.set(id, (answer) => (answer.ok ? resolve(answer.value as Answers[Q]) : reject(new Error(answer.error.message))));
      post({ kind: 'ask', id, question });
    });

  const open = (options: CoreProcessOptions): void => {
    const { sync, ...paths } = options;
    try {
      core = createCore({
        ...paths,
        emit: (event, payload) => post({ kind: 'event', event, payload }),
        sync: sync && {
          background: sync.background,
          pollMs: sync.pollMs,
          probeMs: sync.probeMs,
          seal: sync.seal ? { seal: (token) => ask({ about: 'seal', token }), open: (sealed) => ask({ about: 'open', sealed }) } : undefined,
          onlineHint: sync.onlineHint ? () => ask({ about: 'online' }) : undefined,
        },
      });
      post({ kind: 'opened' });
    } catch (error) {
      unavailable = `core could not start: ${describeError(error)}`;
      post({ kind: 'open-failed', message: describeError(error) });
    }
  };

  const answer = async (id: number, method: string, input: unknown): Promise<void> => {
    const result = core ? await handleCall(core.handlers, method, input) : fail('failed', unavailable);
    try {
      post({ kind: 'result', id, result });
    } catch (error) {
      // An answer that cannot be cloned must still end the call, or the parent waits for ever.
      post({ kind: 'result', id, result: fail('transport', `${method} answered something that cannot be sent between processes: ${describeError(error)}`) });
    }
  };

  const close = (): Promise<void> =>
    (closing ??= (async () => {
      const closed = core;
      core = undefined;
      unavailable = 'Shootdesk is closing';
      let code = 0;
      try {
        await closed?.close();
      } catch (error) {
        console.error('Closing core failed:', error);
        code = 1;
      }
      exit(code);
    })());

  link.listen((raw) => {
    // Both ends are this app's own code, started together from one build.
    const message = raw as ToCore;
    switch (message.kind) {
      case 'open':
        open(message.options);
        break;
      case 'call':
        void answer(message.id, message.method, message.input);
        break;
      case 'reply':
        asked.get(message.id)?.(message.answer);
        asked.delete(message.id);
        break;
      case 'close':
        void close();
        break;
    }
  });
  return { close };
}
