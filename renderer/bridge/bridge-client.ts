// Loaded before the app in a plain browser (see electron/host/bridge-server.ts): gives the page
// the same `window.shootdesk` that Electron's preload gives it, over HTTP and server-sent events.
import type { ShootdeskBridge } from '../../shared/api/bridge.js';
import type { EventName, EventPayload } from '../../shared/api/contract.js';
import { createClient, isEventName } from '../../shared/api/derive.js';
import { mediaFilePath } from '../../shared/api/media-url.js';

const token = new URLSearchParams(location.search).get('token') ?? '';
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
const stream = new EventSource(`/events?token=${encodeURIComponent(token)}`);
stream.onmessage = (message: MessageEvent<string>) => {
  const { event, payload } = JSON.parse(message.data) as { event: EventName; payload: unknown };
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

const bridge: ShootdeskBridge = {
  ...createClient(async (channel, input) => {
    const method = channel.replace(/^api:/, '');
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shootdesk-token': token },
      body: JSON.stringify(input),
    });
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    return (await response.json()) as unknown;
  }),
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
    if (!isEventName(event)) throw new Error(`unknown event: ${String(event)}`);
    const set = listeners.get(event) ?? new Set();
    const forward = listener as (payload: unknown) => void;
    set.add(forward);
    listeners.set(event, set);
    return () => set.delete(forward);
  },
  mediaUrl: (kind, sha256) => `/media/${mediaFilePath(kind, sha256)}?token=${encodeURIComponent(token)}`,
  // A browser never tells a page where a dropped file lives: paths are typed here.
  desktop: false,
  pathOfDropped: () => '',
};

(window as unknown as { shootdesk: ShootdeskBridge }).shootdesk = bridge;
