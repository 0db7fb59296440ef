import { ipcMain } from 'electron';
import { METHOD_NAMES, channelOf, type AnswerCall } from '../../shared/api/derive.js';
import { fail } from '../../shared/api/result.js';
import type { SenderFrame } from './sender-guard.js';

/**
 * The only module that touches ipcMain (tests/unit/shell/ipc-use.test.ts enforces it): one
 * handler per contract method, each refusing any sender but the app's own main frame before
 * the input is even parsed. `answer` validates input and output where the call is answered: core's
 * own process checks its calls there, so a 20,000-photo answer is not checked again on this thread.
 */
export function registerIpcHandlers(answer: AnswerCall, isTrustedSender: (frame: SenderFrame | null) => boolean): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, input) =>
      isTrustedSender(event.senderFrame)
        ? answer(method, input)
        : Promise.resolve(fail('forbidden', `${method} refused: the sender is not the app's main frame`)),
    );
  }
}
