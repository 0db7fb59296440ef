import type { ApiHandlers } from '../../../shared/api/contract.js';
import { explainFailure } from './explain-failure.js';

type AnyHandler = (input: unknown) => Promise<unknown>;

/**
 * The same handlers, with every failure's message put in words a user can act on (see
 * explainFailure): the CLI, the desktop app and the browser bridge all show that message.
 */
export function explainHandlerFailures(handlers: ApiHandlers, dbPath: string): ApiHandlers {
  const explained = Object.entries(handlers as Record<string, AnyHandler>).map(([method, handler]) => {
    const wrapped: AnyHandler = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        const message = explainFailure(error, dbPath);
        if (error instanceof Error && error.message === message) throw error;
        throw new Error(message, { cause: error });
      }
    };
    return [method, wrapped] as const;
  });
  // One wrapper per method of the same map, each keeping its handler's input and output.
  return Object.fromEntries(explained) as unknown as ApiHandlers;
}
