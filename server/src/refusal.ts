/**
 * A request the server turns down on purpose: its status, a stable code a client can switch on, and
 * a message a person can read. Anything else thrown is a fault and answers 500.
 */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string): Refusal => new Refusal(404, 'not-found', `${what} not found`);
