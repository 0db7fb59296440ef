import { join } from 'node:path';
import type { EventName, EventPayload } from '../../shared/api/contract.js';
import { createCore, type Core } from '../../electron/core/app/create-core.js';
import { startBridge, type Bridge } from '../../electron/host/bridge-server.js';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** A real core on a fresh store in `work`, served by the browser bridge with the built client. */
export async function openBridge(work: string, rendererDir: string, token: string): Promise<{ core: Core; bridge: Bridge }> {
  const listeners = new Set<Listener>();
  const cacheDir = join(work, 'cache');
  // Syncs by itself, as the app does; a shop that went away is noticed within seconds rather than a laptop's 15.
  const core = createCore({ dbPath: join(work, 'bridge.sqlite'), cacheDir, emit: (e, p) => listeners.forEach((l) => l(e, p)), sync: { background: true, probeMs: 2_000 } });
  const bridge = await startBridge({
    handlers: core.handlers,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    rendererDir,
    clientScript: join(import.meta.dirname, '..', '..', 'dist', 'bridge-client.js'),
    cacheDir,
    token,
  });
  return { core, bridge };
}
