import { parseArgs } from 'node:util';
import { MAX_AFFIX, normaliseAffix, type RekeyHow } from '../../shared/codes/rekey-how.js';
import { MAX_SPARES, parseSparesTarget, type SparesTarget } from '../../shared/codes/spares-target.js';
import { CARD_LAYOUTS, JOB_STATUSES, NAME_FIELDS, PAPERS, type CardLayout, type ColumnMapping, type JobStatus, type Paper } from '../../shared/domain.js';

export type CliCommand =
  | { name: 'sort'; folder: string; job: string; names?: string | undefined; pause?: number | 'auto' | undefined; db?: string | undefined; json: boolean }
  | { name: 'decode'; images: string[]; json: boolean }
  | { name: 'jobs-list'; db?: string | undefined; json: boolean }
  | { name: 'jobs-delete'; job: string; db?: string | undefined }
  | { name: 'jobs-status'; job: string; status: JobStatus; db?: string | undefined }
  | { name: 'jobs-rename'; job: string; to: string; db?: string | undefined }
  | { name: 'jobs-shop'; job: string; url: string; db?: string | undefined }
  | { name: 'activate'; job: string; all: boolean; codes: string[]; db?: string | undefined }
  | { name: 'deactivate'; job: string; codes: string[]; db?: string | undefined }
  | { name: 'preflight'; job: string; json: boolean; db?: string | undefined }
  | { name: 'serve'; db?: string | undefined; port: number }
  | { name: 'galleries' | 'review'; job: string; db?: string | undefined; json: boolean }
  | { name: 'assign'; job: string; target: { code: string } | { newSpare: true }; photos: string[]; db?: string | undefined }
  | { name: 'hide' | 'unhide'; job: string; photos: string[]; db?: string | undefined }
  | { name: 'bulk'; job: string; marks: string; db?: string | undefined }
  | { name: 'watch'; folder: string; job: string; names?: string | undefined; db?: string | undefined }
  | { name: 'card'; job: string; code: string; photo: string; db?: string | undefined }
  | { name: 'merge'; job: string; from: string; into: string; db?: string | undefined }
  | { name: 'spares-add'; job: string; count: number; db?: string | undefined }
  | { name: 'names-import'; job: string; file: string; dryRun: boolean; map?: ColumnMapping | undefined; db?: string | undefined }
  | { name: 'names-export'; job: string; out: string; db?: string | undefined }
  | { name: 'codes-generate'; job: string; length?: number | undefined; spares?: SparesTarget | undefined; db?: string | undefined }
  | { name: 'codes-rekey'; job: string; how: RekeyHow; mapOut?: string | undefined; db?: string | undefined }
  | { name: 'sync'; server?: string | undefined; token?: string | undefined; job?: string | undefined; db?: string | undefined; json: boolean }
  | { name: 'print-cards'; job: string; out: string; layout: CardLayout; paper: Paper; db?: string | undefined }
  | { name: 'print-contact-sheets'; job: string; out: string; paper: Paper; db?: string | undefined }
  | { name: 'export-yearbook' | 'export-photo-codes'; job: string; out: string; db?: string | undefined }
  | { name: 'undo' | 'redo'; job: string; db?: string | undefined }
  | { name: 'db-backup' | 'db-restore'; file: string; db?: string | undefined }
  | { name: 'help' };

export const USAGE = `Usage:
  shootdesk sort <folder> --job <name> [--names <file.csv>] [--pause <seconds>|auto] [--db <file>] [--json]
  shootdesk decode <image>... [--json]
  shootdesk jobs list [--db <file>] [--json]
  shootdesk jobs delete <name> [--db <file>]
  shootdesk jobs status <name> planning|selling|archived [--db <file>]
  shootdesk jobs rename <name> <new name> [--db <file>]
  shootdesk jobs shop <name> <shop address> [--db <file>]
  shootdesk activate --job <name> (--all | <code>...) [--db <file>]
  shootdesk deactivate --job <name> <code>... [--db <file>]
  shootdesk preflight --job <name> [--db <file>] [--json]
  shootdesk galleries --job <name> [--db <file>] [--json]
  shootdesk review --job <name> [--db <file>] [--json]
  shootdesk assign --job <name> (--code <code> | --new-spare) <photo>... [--db <file>]
  shootdesk bulk --job <name> --marks <file.csv> [--db <file>]
  shootdesk watch <folder> --job <name> [--names <file.csv>] [--db <file>]
  shootdesk card --job <name> --code <code> <photo> [--db <file>]
  shootdesk merge --job <name> --from <code> --into <code> [--db <file>]
  shootdesk hide --job <name> <photo>... [--db <file>]
  shootdesk unhide --job <name> <photo>... [--db <file>]
  shootdesk spares add --job <name> --count <n> [--db <file>]
  shootdesk names import <file.csv|file.xlsx> --job <name> [--map <json>] [--dry-run] [--db <file>]
  shootdesk names export --job <name> --out <file.csv|file.xlsx> [--db <file>]
  shootdesk codes generate --job <name> [--length 8] [--spares <n>|<p>%] [--db <file>]
  shootdesk codes rekey --job <name> (--suffix <S> | --prefix <P> | --regenerate [--length 8]) [--map-out <file.csv>] [--db <file>]
  shootdesk print cards --job <name> --out <file.pdf> [--layout 1|2x4|3x3] [--paper a4|letter] [--db <file>]
  shootdesk print contact-sheets --job <name> --out <file.pdf> [--paper a4|letter] [--db <file>]
  shootdesk export yearbook --job <name> --out <folder> [--db <file>]
  shootdesk export photo-codes --job <name> --out <file.csv> [--db <file>]
  shootdesk sync [--server <url> --token <token>] [--job <name>] [--db <file>] [--json]
  shootdesk undo --job <name> [--db <file>]
  shootdesk redo --job <name> [--db <file>]
  shootdesk serve [--db <file>] [--port <n>]
  shootdesk db backup <file.sqlite> [--db <file>]
  shootdesk db restore <file.sqlite> [--db <file>]

Photos are named as galleries and review list them, or by full path. A sort that was killed or
crashed goes on where it stopped when run again; jobs list marks its job.`;

export class UsageError extends Error {}

const OPTIONS = {
  job: { type: 'string' },
  names: { type: 'string' },
  pause: { type: 'string' },
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  all: { type: 'boolean', default: false },
  port: { type: 'string' },
  code: { type: 'string' },
  'new-spare': { type: 'boolean', default: false },
  count: { type: 'string' },
  marks: { type: 'string' },
  length: { type: 'string' },
  spares: { type: 'string' },
  out: { type: 'string' },
  layout: { type: 'string' },
  paper: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  suffix: { type: 'string' },
  prefix: { type: 'string' },
  regenerate: { type: 'boolean', default: false },
  'map-out': { type: 'string' },
  server: { type: 'string' },
  token: { type: 'string' },
  map: { type: 'string' },
  from: { type: 'string' },
  into: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function required(value: string | undefined, what: string): string {
  if (!value || !value.trim()) throw new UsageError(`missing ${what}`);
  return value;
}

/** `--pause 45` (seconds, 1 to 3600) or `--pause auto`. */
function parsePause(text: string): number | 'auto' {
  if (text === 'auto') return 'auto';
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) throw new UsageError('--pause must be a number of seconds from 1 to 3600, or auto');
  return seconds;
}

/** `--length 8`: characters of each new code, 6 to 16. */
function parseLength(text: string): number {
  const length = Number(text);
  if (!Number.isInteger(length) || length < 6 || length > 16) throw new UsageError('--length must be a whole number from 6 to 16');
  return length;
}

/** `--spares 12` (spare subjects the job should have) or `--spares 10%` (of the names list). */
function parseSpares(text: string): SparesTarget {
  const target = parseSparesTarget(text);
  if (target === null) throw new UsageError(`--spares must be a number of spare subjects up to ${MAX_SPARES}, or a share of the names list such as 10%`);
  return target;
}

/** `--map '{"firstName": "Given", "group": "Form"}'`: the column titles of fields Shootdesk does not recognise. */
function parseMapping(text: string): ColumnMapping {
  const wrong = `--map must be a JSON object from ${NAME_FIELDS.join(', ')} to column titles, such as {"firstName": "Given"}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(wrong);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(wrong);
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.some(([field, title]) => !(NAME_FIELDS as readonly string[]).includes(field) || typeof title !== 'string' || title.trim() === '')) throw new UsageError(wrong);
  return Object.fromEntries(entries);
}

/** `codes rekey`: exactly one of --suffix, --prefix and --regenerate. */
function parseRekey(values: { job?: string | undefined; suffix?: string | undefined; prefix?: string | undefined; regenerate: boolean; length?: string | undefined; 'map-out'?: string | undefined; db?: string | undefined }): CliCommand {
  const ways = [values.suffix !== undefined, values.prefix !== undefined, values.regenerate].filter(Boolean).length;
  if (ways !== 1) throw new UsageError('codes rekey takes exactly one of --suffix <S>, --prefix <P> and --regenerate');
  const affix = (text: string, option: string): string => {
    if (normaliseAffix(text) === null) throw new UsageError(`${option} must be 1 to ${MAX_AFFIX} letters or digits, such as 26 or SGH`);
    return text;
  };
  let how: RekeyHow;
  if (values.suffix !== undefined) how = { suffix: affix(values.suffix, '--suffix') };
  else if (values.prefix !== undefined) how = { prefix: affix(values.prefix, '--prefix') };
  else how = { regenerate: true, length: values.length === undefined ? undefined : parseLength(values.length) };
  if (values.length !== undefined && !('regenerate' in how)) throw new UsageError('--length goes with --regenerate: a suffix or prefix keeps the codes and adds to them');
  return { name: 'codes-rekey', job: required(values.job, '--job <name>'), how, mapOut: values['map-out'], db: values.db };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * A token is an opaque secret and base64url may begin with a dash, which parseArgs would take
 * for an option: the argument after --token is always its value.
 */
function joinTokenValue(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const next = argv[i + 1];
    if (argv[i] === '--token' && next !== undefined) {
      joined.push(`--token=${next}`);
      i += 1;
    } else joined.push(argv[i] as string);
  }
  return joined;
}

/** Turns argv (without node and script) into one command; anything off is a UsageError (exit 2). */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: joinTokenValue(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { name: 'help' };
  if (command === undefined) throw new UsageError('no command given');

  switch (command) {
    case 'sort':
      if (rest.length !== 1) throw new UsageError('sort takes exactly one folder');
      return {
        name: 'sort',
        folder: required(rest[0], 'folder'),
        job: required(values.job, '--job <name>'),
        names: values.names,
        pause: values.pause === undefined ? undefined : parsePause(values.pause),
        db: values.db,
        json: values.json,
      };
    case 'decode':
      if (rest.length === 0) throw new UsageError('decode needs at least one image');
      return { name: 'decode', images: rest, json: values.json };
    case 'activate':
      if (values.all === rest.length > 0) throw new UsageError('activate takes either --all or a list of codes');
      return { name: 'activate', job: required(values.job, '--job <name>'), all: values.all, codes: rest, db: values.db };
    case 'deactivate':
      if (rest.length === 0) throw new UsageError('deactivate needs at least one code');
      return { name: 'deactivate', job: required(values.job, '--job <name>'), codes: rest, db: values.db };
    case 'preflight':
      if (rest.length > 0) throw new UsageError('preflight takes no arguments besides --job');
      return { name: 'preflight', job: required(values.job, '--job <name>'), json: values.json, db: values.db };
    case 'serve': {
      if (rest.length > 0) throw new UsageError('serve takes no arguments');
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
      return { name: 'serve', db: values.db, port };
    }
    case 'jobs': {
      const [sub, ...args] = rest;
      if (sub === 'list' && args.length === 0) return { name: 'jobs-list', db: values.db, json: values.json };
      if (sub === 'delete' && args.length === 1) return { name: 'jobs-delete', job: required(args[0], 'job name'), db: values.db };
      if (sub === 'rename' && args.length === 2) return { name: 'jobs-rename', job: required(args[0], 'job name'), to: required(args[1], 'new name'), db: values.db };
      if (sub === 'status' && args.length === 2) {
        const status = args[1] as JobStatus;
        if (!JOB_STATUSES.includes(status)) throw new UsageError(`status must be one of ${JOB_STATUSES.join(', ')}`);
        return { name: 'jobs-status', job: required(args[0], 'job name'), status, db: values.db };
      }
      if (sub === 'shop' && args.length === 2) return { name: 'jobs-shop', job: required(args[0], 'job name'), url: required(args[1], 'shop address'), db: values.db };
      throw new UsageError('jobs takes: list | delete <name> | status <name> <status> | rename <name> <new name> | shop <name> <shop address>');
    }
    case 'galleries':
    case 'review':
      if (rest.length > 0) throw new UsageError(`${command} takes no arguments besides --job`);
      return { name: command, job: required(values.job, '--job <name>'), db: values.db, json: values.json };
    case 'assign': {
      if (values['new-spare'] === (values.code !== undefined)) throw new UsageError('assign takes either --code <code> or --new-spare');
      if (rest.length === 0) throw new UsageError('assign needs at least one photo');
      const target = values.code === undefined ? { newSpare: true as const } : { code: required(values.code, '--code <code>') };
      return { name: 'assign', job: required(values.job, '--job <name>'), target, photos: rest, db: values.db };
    }
    case 'bulk':
      if (rest.length > 0) throw new UsageError('bulk takes its photos from --marks <file.csv>');
      return { name: 'bulk', job: required(values.job, '--job <name>'), marks: required(values.marks, '--marks <file.csv>'), db: values.db };
    case 'watch':
      if (rest.length !== 1) throw new UsageError('watch takes one folder');
      return { name: 'watch', folder: required(rest[0], 'folder'), job: required(values.job, '--job <name>'), names: values.names, db: values.db };
    case 'card':
      if (rest.length !== 1) throw new UsageError('card takes one photo: the frame that shows the card');
      return { name: 'card', job: required(values.job, '--job <name>'), code: required(values.code, '--code <code>'), photo: rest[0] ?? '', db: values.db };
    case 'merge':
      if (rest.length > 0) throw new UsageError('merge takes its galleries from --from <code> --into <code>');
      return { name: 'merge', job: required(values.job, '--job <name>'), from: required(values.from, '--from <code>'), into: required(values.into, '--into <code>'), db: values.db };
    case 'hide':
    case 'unhide':
      if (rest.length === 0) throw new UsageError(`${command} needs at least one photo`);
      return { name: command, job: required(values.job, '--job <name>'), photos: rest, db: values.db };
    case 'spares': {
      if (rest.length !== 1 || rest[0] !== 'add') throw new UsageError('spares takes: add --job <name> --count <n>');
      const count = Number(required(values.count, '--count <n>'));
      if (!Number.isInteger(count) || count < 1 || count > 1000) throw new UsageError('--count must be a whole number from 1 to 1000');
      return { name: 'spares-add', job: required(values.job, '--job <name>'), count, db: values.db };
    }
    case 'names': {
      const [sub, ...files] = rest;
      if (sub === 'export' && files.length === 0) return { name: 'names-export', job: required(values.job, '--job <name>'), out: required(values.out, '--out <file.csv|file.xlsx>'), db: values.db };
      if (sub !== 'import' || files.length !== 1) throw new UsageError('names takes: import <file.csv|file.xlsx> --job <name> [--dry-run] | export --job <name> --out <file.csv|file.xlsx>');
      return {
        name: 'names-import',
        job: required(values.job, '--job <name>'),
        file: required(files[0], 'file'),
        dryRun: values['dry-run'],
        map: values.map === undefined ? undefined : parseMapping(values.map),
        db: values.db,
      };
    }
    case 'codes': {
      if (rest.length === 1 && rest[0] === 'rekey') return parseRekey(values);
      if (rest.length !== 1 || rest[0] !== 'generate') throw new UsageError('codes takes: generate --job <name> [--length 8] [--spares <n>|<p>%] | rekey --job <name> (--suffix S | --prefix P | --regenerate) [--map-out <file.csv>]');
      return {
        name: 'codes-generate',
        job: required(values.job, '--job <name>'),
        length: values.length === undefined ? undefined : parseLength(values.length),
        spares: values.spares === undefined ? undefined : parseSpares(values.spares),
        db: values.db,
      };
    }
    case 'print': {
      const paper = oneOf((values.paper ?? 'a4').toLowerCase(), PAPERS, '--paper');
      if (rest.length === 1 && rest[0] === 'contact-sheets') {
        if (values.layout !== undefined) throw new UsageError('--layout is for cards: contact sheets have a strip per pupil');
        return { name: 'print-contact-sheets', job: required(values.job, '--job <name>'), out: required(values.out, '--out <file.pdf>'), paper, db: values.db };
      }
      if (rest.length !== 1 || rest[0] !== 'cards') {
        throw new UsageError('print takes: cards --job <name> --out <file.pdf> [--layout 1|2x4|3x3] [--paper a4|letter] | contact-sheets --job <name> --out <file.pdf> [--paper a4|letter]');
      }
      return {
        name: 'print-cards',
        job: required(values.job, '--job <name>'),
        out: required(values.out, '--out <file.pdf>'),
        layout: oneOf(values.layout ?? '3x3', CARD_LAYOUTS, '--layout'),
        paper,
        db: values.db,
      };
    }
    case 'export': {
      const [what, ...more] = rest;
      const usage = 'export takes: yearbook --job <name> --out <folder> | photo-codes --job <name> --out <file.csv>';
      if (more.length > 0 || (what !== 'yearbook' && what !== 'photo-codes')) throw new UsageError(usage);
      const out = required(values.out, what === 'yearbook' ? '--out <folder>' : '--out <file.csv>');
      return { name: what === 'yearbook' ? 'export-yearbook' : 'export-photo-codes', job: required(values.job, '--job <name>'), out, db: values.db };
    }
    case 'sync': {
      if (rest.length > 0) throw new UsageError('sync takes no arguments besides --server, --token and --job');
      if (values.server !== undefined && !/^https?:\/\/[^\s]+$/i.test(values.server)) throw new UsageError('--server must be the shop\'s address, such as https://shop.example.com');
      return { name: 'sync', server: values.server, token: values.token, job: values.job, db: values.db, json: values.json };
    }
    case 'undo':
    case 'redo':
      if (rest.length > 0) throw new UsageError(`${command} takes no arguments besides --job`);
      return { name: command, job: required(values.job, '--job <name>'), db: values.db };
    case 'db': {
      const [sub, ...files] = rest;
      if ((sub !== 'backup' && sub !== 'restore') || files.length !== 1) throw new UsageError('db takes: backup <file.sqlite> | restore <file.sqlite>');
      return { name: sub === 'backup' ? 'db-backup' : 'db-restore', file: required(files[0], 'file'), db: values.db };
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
