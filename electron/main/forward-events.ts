import type { EventName, EventPayload } from '../../shared/api/contract.js';
import { channelOf } from '../../shared/api/derive.js';
import type { CoreOptions } from '../core/app/create-core.js';

/** The part of WebContents events are sent through. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/**
 * Builds core's `emit`: each event goes to the current window, if there is one. Core keeps
 * emitting while the window is closed (a scan runs on), so a missing window is not an error.
 */
export function createEventForwarder(currentTarget: () => EventTarget | null): CoreOptions['emit'] {
  return <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    const target = currentTarget();
    if (target && !target.isDestroyed()) target.send(channelOf(event), payload);
  };
}
