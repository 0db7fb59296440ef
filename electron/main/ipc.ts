import { ipcMain } from 'electron';
import type { ApiHandlers } from '../../shared/api/contract.js';
import { METHOD_NAMES, channelOf, handleCall } from '../../shared/api/derive.js';
import { fail } from '../../shared/api/result.js';
import type { SenderFrame } from './sender-guard.js';

/**
 * The only module that touches ipcMain (tests/unit/shell/ipc-use.test.ts enforces it): one
 * handler per contract method, each refusing any sender but the app's own main frame before
 * the input is even parsed.
 */
export function registerIpcHandlers(handlers: ApiHandlers, isTrustedSender: (frame: SenderFrame | null) => boolean): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, input) =>
      isTrustedSender(event.senderFrame)
        ? handleCall(handlers, method, input)
        : Promise.resolve(fail('forbidden', `${method} refused: the sender is not the app's main frame`)),
    );
  }
}
