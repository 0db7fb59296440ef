import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import { resolve } from 'node:path';
import type { ChildLink } from '../../electron/core/app/core-messages.js';

export const CORE_PROCESS = resolve(import.meta.dirname, '..', '..', 'electron', 'host', 'core-process.ts');

/**
 * Core's process from its sources, as Electron's utilityProcess starts the built one: a process of
 * its own, messages structured-cloned (serialization 'advanced', as Electron's postMessage does).
 */
export function forkCore(): { child: ChildProcess; link: ChildLink } {
  const child = fork(CORE_PROCESS, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // A message sent just as the child died fails here; its 'exit' is what tells the client.
  child.on('error', () => undefined);
  return {
    child,
    link: {
      post: (message) => void child.send(message as Serializable),
      listen: (listener) => void child.on('message', listener),
      onExit: (listener) => void child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
    },
  };
}
