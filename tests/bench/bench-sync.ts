// `npm run bench:sync`: the bench shoot (≥ 1 GB of gallery JPEGs, cached in .cache/) sorted, activated
// and selling, sent with `shootdesk sync` to the shop server over loopback, against the floor: a plain
// HTTP PUT of the same bytes with the stack that carries them in the sync (node:http, as tus-js-client
// uses it), as many at a time, to a trivial node:http server writing to disk. Then the bytes sent
// again after the shop is killed mid-upload (resume overhead). Prints figures; asserts nothing.
import Database from 'better-sqlite3';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { request, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createCore } from '../../electron/core/app/create-core.js';
import { DEFAULT_PREFERENCES } from '../../electron/core/sync/sync-settings.js';
import { UPLOAD_CHUNK_BYTES } from '../../electron/core/sync/upload-photo.js';
import { generateBenchShoot } from '../support/shoot/bench-shoot.js';
import { writeNamesCsv } from '../support/shoot/names-csv.js';
import { startFaultProxy } from '../support/sync/fault-proxy.js';
import { createToken, startShopProcess } from '../support/sync/shop-process.js';
import { startCli } from '../support/run-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const COUNT = Number(process.env.BENCH_PHOTOS ?? 200);
const JOB = 'Bench';
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const rate = (bytes: number, seconds: number): string => `${(bytes / 2 ** 20 / seconds).toFixed(0)} MB/s`;

/** The shoot sorted once with its names list, activated and selling: kept beside the shoot, keyed by its spec. */
async function sortedStore(shootDir: string): Promise<{ db: string; files: string[] }> {
  const manifest = await generateBenchShoot(shootDir, COUNT);
  const db = join(REPO, '.cache', `bench-sync-${COUNT}.sqlite`);
  const marker = `${db}.spec`;
  if (!existsSync(db) || !existsSync(marker) || readFileSync(marker, 'utf8') !== manifest.specHash) {
    console.log('Sorting it once (kept for later runs) …');
    rmSync(db, { force: true });
    const names = join(REPO, '.cache', `bench-sync-names-${COUNT}.csv`);
    await writeNamesCsv(manifest, names);
    const core = createCore({ dbPath: db, cacheDir: join(REPO, '.cache', 'bench-sync-cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: JOB, names });
    await core.handlers['jobs.setStatus']({ name: JOB, status: 'selling' });
    await core.handlers['codes.activate']({ job: JOB, all: true, codes: [] });
    await core.close();
    writeFileSync(marker, manifest.specHash);
  }
  const core = createCore({ dbPath: db, cacheDir: join(REPO, '.cache', 'bench-sync-cache'), emit: () => undefined });
  const report = await core.handlers['galleries.get']({ job: JOB });
  await core.close();
  return { db, files: [...new Set(report.galleries.flatMap((g) => g.photos))].map((name) => join(manifest.root, name)) };
}

async function copyOf(db: string, to: string): Promise<string> {
  const source = new Database(db, { readonly: true });
  await source.backup(to);
  source.close();
  return to;
}

async function sync(db: string, shopUrl: string, token: string, userData: string): Promise<number | null> {
  return (await startCli(['sync', '--server', shopUrl, '--token', token, '--db', db, '--json'], userData).done).code;
}

/** The floor: every file PUT whole over node:http, `parallel` at a time, to a server that writes each to disk. */
async function measureFloor(files: readonly string[], parallel: number): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'shootdesk-floor-'));
  let n = 0;
  const server = createServer((req, res) => {
    void pipeline(req, createWriteStream(join(folder, String(n++)))).then(() => res.writeHead(204).end());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const put = (file: string): Promise<void> =>
    new Promise((done, fail) => {
      const req = request({ host: '127.0.0.1', port, method: 'PUT', path: '/', headers: { 'content-length': statSync(file).size } }, (res) => {
        res.resume();
        res.on('end', done);
      });
      req.on('error', fail);
      createReadStream(file).pipe(req);
    });
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < files.length) await put(files[next++] as string);
  }));
  const seconds = (performance.now() - started) / 1000;
  server.close();
  rmSync(folder, { recursive: true, force: true });
  return seconds;
}

const shootDir = join(REPO, '.cache', `bench-shoot-${COUNT}`);
console.log(`Generating (or reusing) ${COUNT} JPEGs of 6000×4000 in ${shootDir} …`);
const { db, files } = await sortedStore(shootDir);
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const parallel = DEFAULT_PREFERENCES.parallel;
console.log(`${files.length} gallery photos, ${mb(bytes)}; uploads ${parallel} at a time in pieces of ${mb(UPLOAD_CHUNK_BYTES)}.`);
const work = mkdtempSync(join(tmpdir(), 'shootdesk-bench-sync-'));

try {
  // A clean sync, from the command's start to its end (records, uploads, SHA-256 checks at the shop).
  const clean = join(work, 'shop-clean');
  const shop = await startShopProcess(clean);
  const token = createToken(clean, 'bench');
  const started = performance.now();
  const code = await sync(await copyOf(db, join(work, 'clean.sqlite')), shop.url, token, join(work, 'data'));
  const syncSeconds = (performance.now() - started) / 1000;
  await shop.stop();
  if (code !== 0) throw new Error(`the clean sync ended with ${code}`);

  const floorSeconds = await measureFloor(files, parallel);

  // The shop killed outright halfway through the photos' bytes, started again, the sync run again.
  const killed = join(work, 'shop-killed');
  let target = await startShopProcess(killed);
  const killToken = createToken(killed, 'bench');
  const proxy = await startFaultProxy(target.port);
  const store = await copyOf(db, join(work, 'killed.sqlite'));
  const first = sync(store, proxy.url, killToken, join(work, 'data'));
  await proxy.sentPast(bytes / 2);
  await target.kill9();
  target = await startShopProcess(killed, target.port);
  let runs = [await first];
  while (runs.at(-1) !== 0 && runs.length < 10) runs = [...runs, await sync(store, proxy.url, killToken, join(work, 'data'))];
  const sentAgain = proxy.sentUp() - bytes;
  await proxy.close();
  await target.stop();

  console.log(`\nshootdesk sync: ${rate(bytes, syncSeconds)} (${mb(bytes)} in ${syncSeconds.toFixed(1)} s, start-up and records included)`);
  console.log(`floor (plain PUT over node:http, ${parallel} at a time, to disk): ${rate(bytes, floorSeconds)} (${floorSeconds.toFixed(1)} s)`);
  console.log(`ratio sync / floor: ${(syncSeconds / floorSeconds).toFixed(2)}× the time`);
  console.log(`shop killed at half-way: runs ${runs.join(', ')}; sent in all ${mb(proxy.sentUp())}, ${mb(sentAgain)} more than the photos (records and headers included; one piece is ${mb(UPLOAD_CHUNK_BYTES)})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
