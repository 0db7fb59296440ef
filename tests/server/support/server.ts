import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../server/src/app.js';
import { embeddedStores } from '../../../server/src/store/embedded.js';
import { hashToken, newToken } from '../../../server/src/tokens.js';

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The shop server on 127.0.0.1 and a free port (or `port`, to come back where it was), on a data folder (a new temporary one unless given). */
export async function startServer(dataDir = mkdtempSync(join(tmpdir(), 'shootdesk-server-')), port = 0): Promise<RunningServer> {
  const app = await buildApp(embeddedStores(dataDir));
  const url = await app.listen({ port, host: '127.0.0.1' });
  return { url, dataDir, stop: () => app.close() };
}

/** A new token for the account (created if new), written to the data folder as the CLI does. */
export async function tokenFor(dataDir: string, account: string): Promise<string> {
  const { repository } = embeddedStores(dataDir);
  const token = newToken();
  await repository.addToken(account, hashToken(token));
  await repository.close();
  return token;
}
