import { ERRORS, type Lock, type Locker, type RequestRelease } from '@tus/server';
import pg from 'pg';

/** Where a process asks the others to let go of an upload. */
const RELEASE_CHANNEL = 'shootdesk_tus_release';
/** How long a request waits for an upload another request holds (tus's own default). */
const ACQUIRE_TIMEOUT_MS = 30_000;
/** Between two tries for a lock held elsewhere: the holder needs a moment to end its request. */
const RETRY_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface UploadLocker extends Locker {
  close(): Promise<void>;
}

/**
 * tus's locks on uploads for several server processes on one PostgreSQL database. A client whose
 * connection dropped resumes, behind a load balancer, on another process while the first may still
 * hold the dead request open; the two must not write the same upload at once. Each process holds
 * its locks as session advisory locks on one connection of its own (a process that dies releases
 * them with its connection) and asks the holder to end its request through LISTEN/NOTIFY, as tus's
 * in-memory locker does within one process.
 */
export function postgresUploadLocker(url: string): UploadLocker {
  // Requests of this process holding a lock: an advisory lock is re-entrant within its session, so
  // two requests of one process are kept apart here.
  const held = new Map<string, RequestRelease>();
  const acquiring = new Set<string>();
  let connection: Promise<pg.Client> | null = null;

  const connect = (): Promise<pg.Client> => {
    connection ??= (async () => {
      const client = new pg.Client({ connectionString: url });
      // The connection lost takes its locks with it: the next lock opens a new one.
      client.on('error', () => {
        connection = null;
      });
      client.on('end', () => {
        connection = null;
      });
      client.on('notification', (message) => {
        if (message.channel === RELEASE_CHANNEL && message.payload) void held.get(message.payload)?.();
      });
      await client.connect();
      await client.query(`LISTEN ${RELEASE_CHANNEL}`);
      return client;
    })().catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  };

  const tryLock = async (id: string): Promise<boolean> => {
    const client = await connect();
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [id]);
    return rows[0]?.locked === true;
  };

  const askRelease = async (id: string): Promise<void> => {
    await (await connect()).query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, id]);
  };

  const newLock = (id: string): Lock => ({
    async lock(signal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
      const deadline = Date.now() + ACQUIRE_TIMEOUT_MS;
      for (;;) {
        // tus answers its own error objects with their status (500, "failed to acquire lock").
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        if (signal.aborted || Date.now() > deadline) throw ERRORS.ERR_LOCK_TIMEOUT;
        const local = held.get(id);
        if (local) await local();
        else if (!acquiring.has(id)) {
          acquiring.add(id);
          try {
            if (await tryLock(id)) {
              held.set(id, requestRelease);
              return;
            }
          } finally {
            acquiring.delete(id);
          }
          await askRelease(id);
        }
        await sleep(RETRY_MS);
      }
    },
    async unlock(): Promise<void> {
      held.delete(id);
      const client = await connect();
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [id]);
    },
  });

  return {
    newLock,
    async close() {
      const open = connection;
      connection = null;
      if (open) await (await open).end();
    },
  };
}
