// Core's own process: Electron's utility process in the desktop app (out/main/core-process.js),
// a fork()ed Node process in tests. The parent opens core, calls it and closes it over the link.
import type { MessageLink } from '../core/app/core-messages.js';
import { serveCore } from '../core/app/serve-core.js';

/** Electron's process.parentPort: messages arrive wrapped in an event. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

function linkToParent(): MessageLink & { onGone?: (listener: () => void) => void } {
  const port = (process as { parentPort?: ParentPort }).parentPort;
  if (port) return { post: (message) => port.postMessage(message), listen: (listener) => port.on('message', (event) => listener(event.data)) };
  const send = process.send?.bind(process);
  if (!send) throw new Error('core-process is started by Shootdesk itself (utilityProcess.fork or child_process.fork), never on its own');
  return {
    post: (message) => send(message),
    listen: (listener) => process.on('message', listener),
    // Electron ends its utility processes with the app; a fork()ed process must notice its parent went.
    onGone: (listener) => process.on('disconnect', listener),
  };
}

const link = linkToParent();
const server = serveCore(link, (code) => process.exit(code));
link.onGone?.(() => void server.close());
