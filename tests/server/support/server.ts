import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions } from '../../../server/src/app.js';
import { openRepository, openStores, type StoreOptions } from '../../../server/src/store/open-stores.js';
import { hashToken, newToken } from '../../../server/src/tokens.js';

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The shop server on 127.0.0.1 and a free port (or `port`, to come back where it was), on the given stores. */
export async function startServerOn(stores: StoreOptions, port = 0, options: AppOptions = {}): Promise<RunningServer> {
  const app = await buildApp(await openStores(stores), options);
  const url = await app.listen({ port, host: '127.0.0.1' });
  return { url, dataDir: stores.dataDir, stop: () => app.close() };
}

/** The shop server on its embedded storage, in a data folder (a new temporary one unless given). */
export function startServer(dataDir = mkdtempSync(join(tmpdir(), 'shootdesk-server-')), port = 0): Promise<RunningServer> {
  return startServerOn({ dataDir }, port);
}

/** A new token for the account (created if new), written to the data folder (or the stores) as the CLI does. */
export async function tokenFor(where: string | StoreOptions, account: string): Promise<string> {
  const repository = await openRepository(typeof where === 'string' ? { dataDir: where } : where);
  const token = newToken();
  await repository.addToken(account, hashToken(token));
  await repository.close();
  return token;
}
