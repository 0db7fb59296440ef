// Only what parsing and the answers to `--help` and bad usage need is imported up front: sharp,
// SQLite, the worker pool, the QR decoder and the bridge's zod take longer to load than the
// answer takes to give, so each command imports what it uses (see cli-lazy-load.test.ts).
import { resolve } from 'node:path';
import { explainFailure } from '../core/app/explain-failure.js';
import { storeOverlap, type StorePaths } from '../core/app/store-overlap.js';
import { cacheDirOf, defaultDbPath, userDataDir } from '../core/app/user-data.js';
import { parseCliArgs, USAGE, UsageError, type CliCommand } from './cli-args.js';
import { describeGoingOn, interruptedOf } from './format-interrupted.js';
import { formatNamesImport } from './format-names-import.js';
import { formatPreflight } from './format-preflight.js';
import { formatYearbook } from './format-yearbook.js';
import { count, formatReview, formatSummary } from './format-summary.js';
import type { EventPayload } from '../../shared/api/contract.js';
import { progressPrinter } from './progress-printer.js';
import { watchPrinter } from './watch-printer.js';
import { terminalLines, terminalTable } from './terminal-text.js';
import { canTuneMalloc, endWithParent, runWithTunedMalloc } from './tuned-malloc.js';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
/** `sync`: the shop did not answer; what could be sent was, the rest waits in the outbox. */
const EXIT_OFFLINE = 3;

function storePaths(db: string | undefined): Required<StorePaths> {
  const dataDir = userDataDir();
  return { dbPath: db ? resolve(db) : defaultDbPath(dataDir), cacheDir: cacheDirOf(dataDir), userDataDir: dataDir };
}

async function run(command: CliCommand): Promise<number> {
  if (command.name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (command.name === 'decode') {
    const { decodeImages } = await import('./decode-images.js');
    const results = await decodeImages(command.images);
    if (command.json) process.stdout.write(`${JSON.stringify(results)}\n`);
    else process.stdout.write(terminalLines(results.map((r) => `${r.file}: ${r.error ?? (r.codes.length ? r.codes.join(', ') : 'no QR code')}`)));
    return results.some((r) => r.error) ? EXIT_FAILURE : EXIT_OK;
  }
  // A sort allocates and frees a few MB per photo for minutes: see tuned-malloc.ts.
  if (command.name === 'sort' && canTuneMalloc()) return runWithTunedMalloc();
  const store = storePaths(command.db);
  if (command.name === 'sort') {
    // Core refuses this too, but only once the database is open, and opening it would already
    // have created it inside the photos.
    const overlap = await storeOverlap(command.folder, store);
    if (overlap) throw new UsageError(overlap);
  }

  const { createCore } = await import('../core/app/create-core.js');
  if (command.name === 'serve') {
    const { serve } = await import('./serve.js');
    // As the desktop app does, the page's core syncs by itself; plain Node has no keychain for the token.
    await serve(command.port, store.cacheDir, (emit) => createCore({ ...store, emit, sync: { background: true } }));
    return EXIT_OK;
  }

  const printProgress = command.name === 'sort' || command.name === 'watch' ? progressPrinter(process.stderr) : undefined;
  const printWatch = command.name === 'watch' ? watchPrinter(process.stdout) : undefined;
  // Redrawn in place on a terminal; a log gets the result alone.
  const showSync = command.name === 'sync' && process.stderr.isTTY;
  const core = createCore({
    ...store,
    emit: (event, payload) => {
      if (event === 'scan.progress') printProgress?.(payload as EventPayload<'scan.progress'>);
      else if (event === 'sync.progress' && showSync) {
        const { sent, total } = payload as EventPayload<'sync.progress'>;
        process.stderr.write(`\rSending to the shop: ${sent} of ${total}\x1b[K`);
      }
      else if (event === 'watch.sorted') printWatch?.(payload as EventPayload<'watch.sorted'>);
    },
  });
  const stop = (): void =>
    void (command.name === 'watch' ? core.handlers['watch.stop']({}) : command.name === 'sync' ? core.handlers['sync.cancel']({}) : core.handlers['sort.cancel']({}));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const say = (...lines: string[]): void => void process.stdout.write(terminalLines(lines));
  try {
    const h = core.handlers;
    switch (command.name) {
      case 'sort': {
        const stopped = interruptedOf(await h['sort.interrupted']({}), command.job);
        if (stopped) process.stderr.write(terminalLines([describeGoingOn(stopped)]));
        const report = await h['sort.run']({ folder: command.folder, job: command.job, names: command.names, pause: command.pause });
        process.stdout.write(command.json ? `${JSON.stringify(report, null, 2)}\n` : formatSummary(report));
        return EXIT_OK;
      }
      case 'jobs-list': {
        const stopped = await h['sort.interrupted']({});
        const jobs = (await h['jobs.list']({})).map((job) => ({ ...job, sortInterrupted: interruptedOf(stopped, job.name) !== undefined }));
        if (command.json) process.stdout.write(`${JSON.stringify(jobs, null, 2)}\n`);
        else {
          const mark = (j: (typeof jobs)[number]): string[] => (j.sortInterrupted ? ['sort interrupted: sort it again to go on'] : []);
          process.stdout.write(terminalTable(jobs.map((j) => [j.name, j.status, `${j.subjects} subjects`, `${j.photos} photos`, ...mark(j)])));
        }
        return EXIT_OK;
      }
      case 'jobs-delete': {
        const { retiredCodes } = await h['jobs.delete']({ name: command.job });
        say(`Deleted job "${command.job}"; ${retiredCodes} access codes retired for good.`);
        return EXIT_OK;
      }
      case 'jobs-rename':
        await h['jobs.rename']({ name: command.job, to: command.to });
        say(`Job "${command.job}" is now named "${command.to}".`);
        return EXIT_OK;
      case 'jobs-shop': {
        const { url } = await h['jobs.setShopUrl']({ name: command.job, url: command.url });
        say(`Job "${command.job}" sends parents to ${url}: the contact sheets print it.`);
        return EXIT_OK;
      }
      case 'jobs-status':
        await h['jobs.setStatus']({ name: command.job, status: command.status });
        say(`Job "${command.job}" is now ${command.status}.`);
        return EXIT_OK;
      case 'galleries': {
        const report = await h['galleries.get']({ job: command.job });
        process.stdout.write(command.json ? `${JSON.stringify(report, null, 2)}\n` : formatSummary(report, false));
        return EXIT_OK;
      }
      case 'review': {
        const { review, unassigned } = await h['galleries.get']({ job: command.job });
        process.stdout.write(command.json ? `${JSON.stringify({ review, unassigned }, null, 2)}\n` : formatReview({ review, unassigned }));
        return EXIT_OK;
      }
      case 'assign': {
        const { code, photos } = await h['photos.assign']({ job: command.job, photos: command.photos, target: command.target });
        say(`${'newSpare' in command.target ? `New spare subject ${code}: ` : ''}${count(photos, 'photo')} now in the gallery of ${code}.`);
        return EXIT_OK;
      }
      case 'bulk': {
        const { readMarksCsv } = await import('./read-marks-csv.js');
        const { subjects } = await h['photos.bulkTag']({ job: command.job, marks: await readMarksCsv(command.marks) });
        const photos = subjects.reduce((n, subject) => n + subject.photos, 0);
        say(`${photos} photo${photos === 1 ? '' : 's'} tagged into ${subjects.length} subject${subjects.length === 1 ? '' : 's'}:`, ...subjects.map((s) => `  ${s.code}: ${s.photos}`));
        return EXIT_OK;
      }
      case 'watch': {
        await h['watch.start']({ folder: command.folder, job: command.job, names: command.names });
        say(`Watching ${command.folder} for job "${command.job}": new photos are sorted as they arrive. Ctrl-C stops.`);
        await new Promise<void>((resolveStop) => {
          process.once('SIGINT', resolveStop);
          process.once('SIGTERM', resolveStop);
        });
        await h['watch.stop']({});
        say('Stopped watching.');
        return EXIT_OK;
      }
      case 'card': {
        const { code, photos } = await h['photos.markCard']({ job: command.job, photo: command.photo, code: command.code });
        say(`${command.photo} is now the card of ${code}: ${count(photos, 'photo')} in its gallery.`);
        return EXIT_OK;
      }
      case 'merge': {
        const { from, code, photos } = await h['subjects.merge']({ job: command.job, from: command.from, into: command.into });
        say(`${count(photos, 'photo')} of ${from} merged into the gallery of ${code}.`);
        return EXIT_OK;
      }
      case 'hide':
      case 'unhide': {
        const { photos } = await h['photos.setHidden']({ job: command.job, photos: command.photos, hidden: command.name === 'hide' });
        say(`${count(photos, 'photo')} ${command.name === 'hide' ? 'hidden from every gallery' : 'shown again'}.`);
        return EXIT_OK;
      }
      case 'spares-add': {
        const { codes } = await h['spares.add']({ job: command.job, count: command.count });
        say(`Added ${count(codes.length, 'spare subject')}: ${codes.join(' ')}.`);
        return EXIT_OK;
      }
      case 'names-import': {
        const result = await h['names.import']({ job: command.job, file: command.file, dryRun: command.dryRun, map: command.map });
        process.stdout.write(formatNamesImport(command.file, command.job, result));
        // A dry run of a list no row of which could be imported says why, and fails as the import would.
        return result.rows === 0 ? EXIT_FAILURE : EXIT_OK;
      }
      case 'names-export': {
        const { file, rows } = await h['names.export']({ job: command.job, file: command.out });
        say(`${count(rows, 'row')} of job "${command.job}" written: ${file}`);
        return EXIT_OK;
      }
      case 'codes-generate': {
        const { added, spares, listed } = await h['codes.generate']({ job: command.job, length: command.length, spares: command.spares });
        const now = added.length === 0 ? `No spare subject added: the job has ${count(spares, 'spare')} already.` : `Added ${count(added.length, 'spare subject')}: ${added.join(' ')}.`;
        say(`Job "${command.job}": ${count(listed, 'pupil')} on the names list, each with a code. ${now}`);
        return EXIT_OK;
      }
      case 'codes-rekey': {
        const { codes, activated, mapFile } = await h['codes.rekey']({ job: command.job, how: command.how, mapFile: command.mapOut });
        say(
          `Job "${command.job}": ${count(codes.length, 'code')} re-keyed; photos stay in their galleries, and old cards in the shoot still open them.`,
          ...codes.map((c) => `  ${c.old} -> ${c.code}  ${[c.firstName, c.lastName].join(' ')}${c.group ? ` (${c.group})` : ''}`),
          activated > 0 ? `${count(activated, 'activated code')} now live under the new code: the old ones no longer open a gallery in the shop, so give parents the new codes.` : 'The old codes no longer open a gallery in the shop: print new cards or contact sheets.',
          ...(mapFile ? [`Old and new codes: ${mapFile}`] : []),
        );
        return EXIT_OK;
      }
      case 'print-cards': {
        const { file, pages, cards, spares } = await h['cards.print']({ job: command.job, file: command.out, layout: command.layout, paper: command.paper });
        say(`${count(cards, 'card')} (${spares} for walk-ups) on ${count(pages, 'page')}: ${file}`);
        return EXIT_OK;
      }
      case 'print-contact-sheets': {
        const { file, pages, groups, pupils } = await h['contactSheets.print']({ job: command.job, file: command.out, paper: command.paper });
        say(`Contact sheets for ${count(pupils, 'pupil')} in ${count(groups, 'class', 'classes')} on ${count(pages, 'page')}: ${file}`);
        return EXIT_OK;
      }
      case 'export-yearbook': {
        const result = await h['export.yearbook']({ job: command.job, folder: command.out });
        process.stdout.write(formatYearbook(command.job, result));
        return EXIT_OK;
      }
      case 'export-photo-codes': {
        const { file, rows, photos } = await h['export.photoCodes']({ job: command.job, file: command.out });
        say(`${count(rows, 'row')} for ${count(photos, 'photo')} of job "${command.job}" written: ${file}`);
        return EXIT_OK;
      }
      case 'sync': {
        const result = await h['sync.run']({ server: command.server, token: command.token, job: command.job });
        if (showSync) process.stderr.write('\n');
        if (command.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else {
          say(
            `Sent ${count(result.sent, 'change')} to ${result.server}.`,
            ...(result.offline ? [`The shop does not answer: ${count(result.left, 'change')} wait${result.left === 1 ? 's' : ''} in the outbox for the next sync.`] : []),
            ...(result.problems.length > 0 ? [`The shop refused ${count(result.problems.length, 'change')}:`, ...result.problems.map((p) => `  ${p.kind} ${p.entityId}: ${p.why}`)] : []),
          );
        }
        if (result.offline) return EXIT_OFFLINE;
        return result.problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
      }
      case 'undo':
      case 'redo': {
        const { change } = await h['history.step']({ job: command.job, direction: command.name });
        say(change === null ? `Nothing to ${command.name} in job "${command.job}".` : `${command.name === 'undo' ? 'Undone' : 'Redone'}: ${change}.`);
        return EXIT_OK;
      }
      case 'deactivate': {
        const { deactivated } = await h['codes.deactivate']({ job: command.job, codes: command.codes });
        say(`Deactivated ${count(deactivated.length, 'code')}: ${deactivated.join(' ')}.`);
        return EXIT_OK;
      }
      case 'preflight': {
        const result = await h['preflight.get']({ job: command.job });
        process.stdout.write(command.json ? `${JSON.stringify(result.entries, null, 2)}\n` : formatPreflight(command.job, result));
        return EXIT_OK;
      }
      case 'db-backup': {
        const { file } = await h['db.backup']({ file: command.file });
        say(`Database backed up: ${file}`);
        return EXIT_OK;
      }
      case 'db-restore': {
        const { kept, fromVersion, version } = await h['db.restore']({ file: command.file });
        say(
          `Database restored from ${resolve(command.file)}${fromVersion < version ? ` (its schema brought from ${fromVersion} to ${version})` : ''}.`,
          `The database as it was before is kept: ${kept}`,
        );
        return EXIT_OK;
      }
      case 'activate': {
        const { activated } = await h['codes.activate']({ job: command.job, all: command.all, codes: command.codes });
        say(`Activated ${activated.length} codes${activated.length ? `: ${activated.join(' ')}` : ''}.`);
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
  endWithParent();
  try {
    process.exitCode = await run(parseCliArgs(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${terminalLines([`shootdesk: ${error.message}`, ''])}${USAGE}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    // Core's failures arrive explained; this names the file behind one that happened before core opened.
    process.stderr.write(terminalLines([`shootdesk: ${explainFailure(error)}`]));
    process.exitCode = EXIT_FAILURE;
  }
}

await main();
