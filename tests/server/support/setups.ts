import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import pg from 'pg';
import { describe } from 'vitest';
import type { StoreOptions } from '../../../server/src/store/open-stores.js';
import { S3_BUCKET, S3_CREDENTIALS, startS3 } from './s3-server.js';

/** Where one test's server keeps things, and a look straight into its storage. */
export interface Backing {
  stores: StoreOptions;
  /** The same, as `shootdesk-server` arguments. */
  args: string[];
  /** Only where tokens live: the arguments `shootdesk-server token create` takes. */
  databaseArgs: string[];
  /** The bytes stored under a blob key (an upload id), or undefined when there are none. */
  storedBytes(key: string): Promise<Buffer | undefined>;
  /** The keys of every stored blob. */
  storedKeys(): Promise<string[]>;
  dispose(): Promise<void>;
}

export interface Setup {
  name: string;
  /** Why this set-up cannot run here, or false. */
  skip: string | false;
  /** Whether several server processes may share one backing. */
  shared: boolean;
  /** A new, empty backing; `dataDir` holds what it keeps on disk. */
  backing(dataDir: string): Promise<Backing>;
}

function embedded(dataDir: string): Promise<Backing> {
  const uploads = join(dataDir, 'uploads');
  return Promise.resolve({
    stores: { dataDir },
    args: ['--data', dataDir],
    databaseArgs: ['--data', dataDir],
    storedBytes: (key) => Promise.resolve(existsSync(join(uploads, key)) ? readFileSync(join(uploads, key)) : undefined),
    storedKeys: () => Promise.resolve(existsSync(uploads) ? readdirSync(uploads).filter((name) => !name.endsWith('.json')) : []),
    dispose: () => Promise.resolve(),
  });
}

const POSTGRES = process.env.SHOOTDESK_TEST_POSTGRES;
const PREFIX = 'shop/';

/** A schema of its own in the test database, named in the URL so the server's unqualified tables land in it. */
async function freshSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!POSTGRES) throw new Error('SHOOTDESK_TEST_POSTGRES is not set: CI must run the server tests on PostgreSQL (.ci/run starts one)');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(POSTGRES);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.href,
    async drop() {
      const again = new pg.Client({ connectionString: POSTGRES });
      await again.connect();
      await again.query(`DROP SCHEMA ${schema} CASCADE`);
      await again.end();
    },
  };
}

async function postgresAndS3(dataDir: string): Promise<Backing> {
  mkdirSync(dataDir, { recursive: true });
  Object.assign(process.env, S3_CREDENTIALS);
  const [database, s3] = await Promise.all([freshSchema(), startS3(join(dataDir, 's3'))]);
  const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true });
  const storage = { bucket: S3_BUCKET, prefix: PREFIX, endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true };
  return {
    stores: { dataDir, database: database.url, storage },
    databaseArgs: ['--data', dataDir, '--database', database.url],
    args: ['--data', dataDir, '--database', database.url, '--storage', `s3://${S3_BUCKET}/${PREFIX}?endpoint=${encodeURIComponent(s3.endpoint)}&region=us-east-1`],
    async storedBytes(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: S3_BUCKET, Key: PREFIX + key }));
        return Buffer.from(await object.Body!.transformToByteArray());
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined;
        throw error;
      }
    },
    async storedKeys() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: S3_BUCKET, Prefix: PREFIX }));
      return (listed.Contents ?? []).map((object) => object.Key!.slice(PREFIX.length)).filter((key) => !/\.(info|part)$/.test(key));
    },
    async dispose() {
      client.destroy();
      await Promise.all([database.drop(), s3.stop()]);
    },
  };
}

// Locally the PostgreSQL runs only when a database is given; CI always gives one, and must not skip.
const postgresSkip = POSTGRES || process.env.CI ? false : 'skipped: set SHOOTDESK_TEST_POSTGRES=postgres://... to run it';

export const SETUPS: Setup[] = [
  { name: 'embedded SQLite + files', skip: false, shared: false, backing: embedded },
  { name: 'PostgreSQL + S3', skip: postgresSkip, shared: true, backing: postgresAndS3 },
];

/** The tests in `body`, once on each storage set-up the server runs on (or each that processes can share). */
export function describeEachSetup(title: string, body: (setup: Setup) => void, which: { sharedOnly?: boolean } = {}): void {
  for (const setup of SETUPS.filter((each) => each.shared || !which.sharedOnly)) {
    describe.skipIf(setup.skip !== false)(`${title} [${setup.name}${setup.skip ? `: ${setup.skip}` : ''}]`, () => body(setup));
  }
}
