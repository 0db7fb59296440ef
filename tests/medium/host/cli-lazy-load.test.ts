import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../../support/run-cli.js';
import { SERVER_BIN } from '../../server/support/server-process.js';

const work = mkdtempSync(join(tmpdir(), 'shootdesk-lazy-'));
const HEAVY = ['sharp', 'better-sqlite3', 'zxing-wasm', 'jsqr', 'piscina', 'exifr', 'zod', 'csv-parse', 'csv-stringify', 'exceljs', 'pdfkit', 'qrcode', 'tus-js-client'];

/**
 * The packages the built CLI imports for these arguments, as the module loader resolves them
 * (a resolve hook registered by a preload logs every URL). What is loaded, not how long it took:
 * start-up time is the benchmark's to measure.
 */
function packagesLoadedBy(args: readonly string[], entry = CLI): { code: number | null; packages: Set<string> } {
  const log = join(work, `imports-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const hooks = `import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
      return result;
    }`;
  const preload = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, entry, ...args], {
    env: { ...process.env, SHOOTDESK_USER_DATA: join(work, 'data') },
    encoding: 'utf8',
  });
  const packages = new Set(readFileSync(log, 'utf8').split('\n').flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));
  return { code: run.status, packages };
}

describe('shootdesk start-up', () => {
  it('answers --help and bad usage without loading sharp, SQLite, the worker pool or the QR decoders', () => {
    for (const args of [['--help'], [], ['sort', '--job']]) {
      const { code, packages } = packagesLoadedBy(args);
      expect(code, args.join(' ')).toBe(args[0] === '--help' ? 0 : 2);
      expect([...packages], args.join(' ')).toEqual([]);
    }
  });

  it('sorts without the names-list spreadsheet reader unless the list is a spreadsheet', () => {
    const folder = join(work, 'empty-card');
    mkdirSync(folder, { recursive: true });
    const names = join(work, 'names.csv');
    writeFileSync(names, 'First name,Last name,Class\nAda,Park,1A\n');
    const sorted = packagesLoadedBy(['sort', folder, '--job', 'Lazy', '--names', names, '--db', join(work, 'sort.sqlite')]);
    expect(sorted.code).toBe(0);
    // What a sort needs is seen, so the absence below means something.
    expect(['better-sqlite3', 'csv-parse'].filter((name) => sorted.packages.has(name))).toEqual(['better-sqlite3', 'csv-parse']);
    expect(['exceljs', 'pdfkit', 'qrcode', 'csv-stringify', 'tus-js-client'].filter((name) => sorted.packages.has(name))).toEqual([]);
  });

  it('lists jobs with SQLite alone', () => {
    const { code, packages } = packagesLoadedBy(['jobs', 'list', '--db', join(work, 'jobs.sqlite')]);
    expect(code).toBe(0);
    // better-sqlite3 seen here is what makes the empty lists above mean something.
    expect(packages).toContain('better-sqlite3');
    expect(HEAVY.filter((name) => name !== 'better-sqlite3' && packages.has(name))).toEqual([]);
  });
});

describe('shootdesk-server start-up', () => {
  it('answers --help and bad usage without loading fastify, tus or a database driver', () => {
    for (const args of [['--help'], ['--port', 'x'], ['token', 'create']]) {
      const { code, packages } = packagesLoadedBy(args, SERVER_BIN);
      expect(code, args.join(' ')).toBe(args[0] === '--help' ? 0 : 2);
      expect([...packages], args.join(' ')).toEqual([]);
    }
  });

  it('loads them to create a token', () => {
    const { code, packages } = packagesLoadedBy(['token', 'create', '--account', 'Studio', '--data', join(work, 'shop')], SERVER_BIN);
    expect(code).toBe(0);
    expect(packages).toContain('better-sqlite3');
  });
});
