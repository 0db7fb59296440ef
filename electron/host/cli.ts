import { resolve } from 'node:path';
import { isInside } from '../core/app/is-inside.js';
import type { ScanProgress } from '../../shared/domain.js';
import { cacheDirOf, defaultDbPath, userDataDir } from '../core/app/user-data.js';
import { createCore, type Core, type CoreOptions } from '../core/app/create-core.js';
import { parseCliArgs, USAGE, UsageError, type CliCommand } from './cli-args.js';
import { decodeImages } from './decode-images.js';
import { formatSummary } from './format-summary.js';
import { serve } from './serve.js';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function progressPrinter(): (progress: ScanProgress) => void {
  if (!process.stderr.isTTY) return () => undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.stage === 'analyse' && p.done < p.total && now - last < 200) return;
    last = now;
    const detail = p.stage === 'analyse' ? ` ${p.done}/${p.total} (${p.rate.toFixed(1)}/s)` : '';
    process.stderr.write(`\r\x1b[K${p.stage}${detail}${p.stage === 'done' ? '\n' : ''}`);
  };
}

function openCore(db: string | undefined, emit: CoreOptions['emit']): Core {
  const dataDir = userDataDir();
  return createCore({ dbPath: db ? resolve(db) : defaultDbPath(dataDir), cacheDir: cacheDirOf(dataDir), emit });
}

async function run(command: CliCommand): Promise<number> {
  if (command.name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (command.name === 'decode') {
    const results = await decodeImages(command.images);
    if (command.json) process.stdout.write(`${JSON.stringify(results)}\n`);
    else for (const r of results) process.stdout.write(`${r.file}: ${r.error ?? (r.codes.length ? r.codes.join(', ') : 'no QR code')}\n`);
    return results.some((r) => r.error) ? EXIT_FAILURE : EXIT_OK;
  }
  // The store never goes beside the photos: WAL does not work on network shares, and originals are read-only.
  if (command.name === 'sort' && command.db && isInside(resolve(command.folder), resolve(command.db))) {
    throw new UsageError('--db must not be inside the photo folder; keep the database in the user-data folder');
  }

  if (command.name === 'serve') {
    await serve(command.port, (emit) => openCore(command.db, emit));
    return EXIT_OK;
  }

  const printProgress = command.name === 'sort' ? progressPrinter() : undefined;
  const core = openCore(command.db, (event, payload) => {
    if (event === 'scan.progress') printProgress?.(payload);
  });
  const stop = (): void => void core.handlers['sort.cancel']({});
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const h = core.handlers;
    switch (command.name) {
      case 'sort': {
        const report = await h['sort.run']({ folder: command.folder, job: command.job, names: command.names });
        process.stdout.write(command.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSummary(report)}\n`);
        return EXIT_OK;
      }
      case 'jobs-list': {
        const jobs = await h['jobs.list']({});
        if (command.json) process.stdout.write(`${JSON.stringify(jobs, null, 2)}\n`);
        else for (const j of jobs) process.stdout.write(`${j.name}\t${j.status}\t${j.subjects} subjects\t${j.photos} photos\n`);
        return EXIT_OK;
      }
      case 'jobs-delete': {
        const { retiredCodes } = await h['jobs.delete']({ name: command.job });
        process.stdout.write(`Deleted job "${command.job}"; ${retiredCodes} access codes retired for good.\n`);
        return EXIT_OK;
      }
      case 'jobs-status':
        await h['jobs.setStatus']({ name: command.job, status: command.status });
        process.stdout.write(`Job "${command.job}" is now ${command.status}.\n`);
        return EXIT_OK;
      case 'activate': {
        const { activated } = await h['codes.activate']({ job: command.job, all: command.all, codes: command.codes });
        process.stdout.write(`Activated ${activated.length} codes${activated.length ? `: ${activated.join(' ')}` : ''}.\n`);
        return EXIT_OK;
      }
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await core.close();
  }
}

async function main(): Promise<void> {
  try {
    process.exitCode = await run(parseCliArgs(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`shootdesk: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.stderr.write(`shootdesk: ${(error as Error).message}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}

await main();
