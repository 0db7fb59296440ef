import type { EventName, Result } from '../../../shared/api/contract.js';

/**
 * One end of a message channel. Electron's utilityProcess and process.parentPort, a fork()ed
 * child's IPC and a worker_threads MessagePort each fit it with a line of glue. Messages are
 * plain data: structured clone in Electron, `serialization: 'advanced'` for fork().
 */
export interface MessageLink {
  post(message: unknown): void;
  listen(listener: (message: unknown) => void): void;
}

/** The parent's end of the link to core's process, which also sees that process end. */
export interface ChildLink extends MessageLink {
  /** `code` is null when the process was killed by a signal. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/**
 * What core's process is opened with. The keychain and the network hint stay in the parent
 * (Electron's safeStorage and net live in the main process): only whether they exist crosses.
 */
export interface CoreProcessOptions {
  dbPath: string;
  cacheDir: string;
  userDataDir?: string | undefined;
  sync?:
    | {
        background: boolean;
        seal: boolean;
        onlineHint: boolean;
        pollMs?: number | undefined;
        probeMs?: number | undefined;
      }
    | undefined;
}

/** What core's process asks the parent, and what each answer is. */
export type Question = { about: 'seal'; token: string } | { about: 'open'; sealed: string } | { about: 'online' };
export interface Answers {
  seal: string;
  open: string;
  online: boolean;
}

export type ToCore =
  | { kind: 'open'; options: CoreProcessOptions }
  | { kind: 'call'; id: number; method: string; input: unknown }
  | { kind: 'reply'; id: number; answer: Result<unknown> }
  | { kind: 'close' };

export type FromCore =
  | { kind: 'opened' }
  | { kind: 'open-failed'; message: string }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: EventName; payload: unknown }
  | { kind: 'ask'; id: number; question: Question };
