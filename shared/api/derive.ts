import { z } from 'zod';
import { events, methods } from './contract.js';
import type { ApiClient, ApiHandlers, EventName, MethodName, MethodOutput, Result } from './contract.js';
import { describeError, fail, failureCode, succeed } from './result.js';

// Everything a transport needs, derived from the contract. No Node, no DOM, no Electron:
// the IPC handlers, the preload and the HTTP browser bridge all build on these.

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isMethodName(name: string): name is MethodName {
  // Own keys only: 'constructor' or '__proto__' must not look like methods.
  return Object.hasOwn(methods, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

/** The one place channel names are spelled. Method and event names never overlap. */
export function channelOf(name: MethodName | EventName): string {
  return isMethodName(name) ? `api:${name}` : `event:${name}`;
}

type HandlerOfUnknown = (input: unknown) => Promise<unknown>;

/**
 * Runs one call on the trusted side: validate input, call core, validate (and strip) the
 * output. Never throws: every failure becomes a Result error, so nothing but plain data
 * crosses the boundary.
 */
export async function handleCall<M extends MethodName>(handlers: ApiHandlers, method: M, rawInput: unknown): Promise<Result<MethodOutput<M>>>;
export async function handleCall(handlers: ApiHandlers, method: string, rawInput: unknown): Promise<Result<unknown>>;
export async function handleCall(handlers: ApiHandlers, method: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail('unknown-method', `unknown method: ${method}`);
  // The schema has just checked the input, so the per-method handler accepts it; TypeScript
  // cannot follow that through the union of handler types.
  const handler = handlers[method] as HandlerOfUnknown | undefined;
  if (typeof handler !== 'function') return fail('unknown-method', `method not implemented: ${method}`);
  const { input, output } = methods[method];

  const parsedInput = input.safeParse(rawInput);
  if (!parsedInput.success) return fail('invalid-input', z.prettifyError(parsedInput.error));

  let rawOutput: unknown;
  try {
    rawOutput = await handler(parsedInput.data);
  } catch (thrown) {
    return fail(failureCode(thrown), describeError(thrown));
  }

  const parsedOutput = output.safeParse(rawOutput);
  if (!parsedOutput.success) return fail('invalid-output', `${method} returned an unexpected shape: ${z.prettifyError(parsedOutput.error)}`);
  return succeed(parsedOutput.data);
}

/** One call, answered as a Result: by handlers here (handleCall) or by core in its own process. */
export type AnswerCall = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export const answerWith =
  (handlers: ApiHandlers): AnswerCall =>
  (method, input) =>
    handleCall(handlers, method, input);

/** Any function that carries one call to the trusted side and returns what it answered. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The client side: one function per contract method. The trusted side validates payloads
 * with the full schemas; here we only make sure the answer is a Result envelope, so a broken
 * transport shows up as an error value rather than as undefined deep in the UI.
 */
export function createClient(invoke: Invoke): ApiClient {
  const entries = METHOD_NAMES.map((method) => {
    const call = async (input: unknown): Promise<Result<unknown>> => {
      let answer: unknown;
      try {
        answer = await invoke(channelOf(method), input);
      } catch (thrown) {
        return fail('transport', describeError(thrown));
      }
      return readEnvelope(answer);
    };
    return [method, call] as const;
  });
  // Built from the same method list ApiClient is typed from; the cast only restates that.
  return Object.fromEntries(entries) as unknown as ApiClient;
}

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

function readEnvelope(answer: unknown): Result<unknown> {
  const parsed = envelopeSchema.safeParse(answer);
  if (!parsed.success) return fail('bad-response', 'the answer was not a Result envelope');
  return parsed.data.ok ? succeed(parsed.data.value) : { ok: false, error: parsed.data.error };
}
