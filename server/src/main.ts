// The shootdesk-server command (bin/shootdesk-server.js runs its bundle, dist/server.js).
import { parseServerArgs, USAGE, type ServerCommand } from './server-args.js';
import { hashToken, newToken } from './tokens.js';

async function run(command: ServerCommand): Promise<void> {
  if (command.command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  // Loaded only now: the help and a mistyped argument answer at once.
  const { openRepository, openStores } = await import('./store/open-stores.js');
  if (command.command === 'token-create') {
    const repository = await openRepository(command);
    const token = newToken();
    const { account, accountCreated } = await repository.addToken(command.account, hashToken(token)).finally(() => repository.close());
    process.stdout.write(`${accountCreated ? 'Created account' : 'Account'} ${account.name}; new API token (shown once, store it now):\n${token}\n`);
    return;
  }
  const { buildApp } = await import('./app.js');
  const app = await buildApp(await openStores(command), { logger: { level: process.env.LOG_LEVEL ?? 'info' }, ...(command.trustProxy ? { trustProxy: command.trustProxy } : {}) });
  const address = await app.listen({ port: command.port, host: command.host });
  process.stdout.write(`listening on ${address}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
}

let command: ServerCommand;
try {
  command = parseServerArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
run(command).catch((error: unknown) => {
  process.stderr.write(`shootdesk-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
