import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName, EventPayload } from '../../shared/api/contract.js';
import type { Core, CoreOptions } from '../core/app/create-core.js';
import { startBridge } from './bridge-server.js';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** `shootdesk serve`: the desktop page and its API in a browser, until Ctrl-C; `cacheDir` is the one core uses. */
export async function serve(port: number, cacheDir: string, openCore: (emit: CoreOptions['emit']) => Core): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = join(here, '..', 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`the desktop page is not built (${rendererDir}); run npm run build first`);

  const listeners = new Set<Listener>();
  const core = openCore((event, payload) => {
    for (const listener of listeners) listener(event, payload);
  });
  const bridge = await startBridge({
    handlers: core.handlers,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    rendererDir,
    clientScript: join(here, 'bridge-client.js'),
    cacheDir,
    token: randomBytes(24).toString('base64url'),
    port,
  });
  process.stdout.write(`Shootdesk is open at ${bridge.url}\nPress Ctrl-C to stop.\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await bridge.close();
  await core.close();
}
