import type { ApiHandlers, Result } from '../../shared/api/contract.js';
import { METHOD_NAMES, channelOf, handleCall } from '../../shared/api/derive.js';
import { fail } from '../../shared/api/result.js';
import type { SenderFrame } from './sender-guard.js';

/** The part of an IPC invoke event we rely on; Electron's IpcMainInvokeEvent satisfies it. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The part of ipcMain we use, so the handlers can be exercised without Electron. */
export interface IpcHandleTarget {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<Result<unknown>>): void;
}

/**
 * One handler per contract method, each refusing any sender but the app's own main frame
 * before the input is even parsed.
 */
export function registerIpcHandlers(
  ipcMain: IpcHandleTarget,
  handlers: ApiHandlers,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, input) =>
      isTrustedSender(event.senderFrame)
        ? handleCall(handlers, method, input)
        : Promise.resolve(fail('forbidden', `${method} refused: the sender is not the app's main frame`)),
    );
  }
}
