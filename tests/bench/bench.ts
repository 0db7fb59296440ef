// `npm run bench`: the sort against the floor (one shrink-on-load decode per file), three times back to
// back, on the bench shoot and on a small one; per-stage costs, peak memory, and QR reads against
// plain jsQR. Prints figures; asserts nothing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import sharp from 'sharp';
import type { SortReport } from '../../shared/domain.js';
import { analyseImage } from '../../electron/core/media/analyse-image.js';
import { readExif } from '../../electron/core/media/read-exif.js';
import { writeDerivatives } from '../../electron/core/media/write-cache.js';
import { detectQr } from '../../electron/core/qr/qr-detect.js';
import { startCli } from '../support/run-cli.js';
import { generateBenchShoot, generateCachedShoot } from '../support/shoot/bench-shoot.js';
import { writeNamesCsv } from '../support/shoot/names-csv.js';
import { scoreReport } from '../support/shoot/score-report.js';
import { printQrBench, runQrBench } from './qr-bench.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const COUNT = Number(process.env.BENCH_PHOTOS ?? 200);
const STAGE_SAMPLE = 24;
/** The machine is shared: one pair of runs can be off either way, so the ratio is given as a median and range. */
const RUNS = 3;
const cores = availableParallelism();
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function eachAtOnce<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++] as T);
  }));
}

/**
 * The least work that looks at every image: read it and decode it once, shrunk on load to a long
 * edge of 1600 px, as many files at a time as there are cores. Deliberately plain sharp, not the
 * app's media module: it is the yardstick the app is measured against.
 */
async function measureFloor(files: readonly string[]): Promise<number> {
  sharp.concurrency(1);
  sharp.cache(false);
  const started = performance.now();
  await eachAtOnce(files, cores, async (file) => {
    await sharp(await readFile(file)).resize(1600, 1600, { fit: 'inside' }).raw().toBuffer();
  });
  return (performance.now() - started) / 1000;
}

/**
 * The resident-memory high-water mark (VmHWM) of a process and of each of its descendants: the CLI
 * sorts in a child process (electron/host/tuned-malloc.ts), and the two together are what the sort costs.
 */
function sampleHighWaterMarks(pid: number, peaks: Map<number, number>): void {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kb) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(kb) * 1024));
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
    for (const child of children) sampleHighWaterMarks(Number(child), peaks);
  } catch {
    // The process has ended between two samples.
  }
}

interface SortRun {
  seconds: number;
  peakRss: number;
  report: SortReport;
}

/**
 * Runs `shootdesk sort` as a user would, start-up included (a spawned process from start to exit,
 * with a fresh database and cache), and samples its peak resident memory.
 */
async function measureSort(root: string, names: string): Promise<SortRun> {
  const work = mkdtempSync(join(tmpdir(), 'shootdesk-bench-'));
  try {
    const started = performance.now();
    const { child, done } = startCli(['sort', root, '--job', 'Bench', '--names', names, '--db', join(work, 'bench.sqlite'), '--json'], work);
    const peaks = new Map<number, number>();
    const sampler = setInterval(() => sampleHighWaterMarks(child.pid ?? 0, peaks), 50);
    const run = await done;
    clearInterval(sampler);
    if (run.code !== 0) throw new Error(`sort failed (${run.code}): ${run.stderr}`);
    const peakRss = [...peaks.values()].reduce((sum, bytes) => sum + bytes, 0);
    return { seconds: (performance.now() - started) / 1000, peakRss, report: JSON.parse(run.stdout) as SortReport };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * One photo at a time, each stage timed on its own: where the time of a sort goes. The floor's own
 * decode of the same photo is timed beside the sort's, whose derivatives it does not make.
 */
async function measureStages(files: readonly string[]): Promise<Record<string, number>> {
  const cache = mkdtempSync(join(tmpdir(), 'shootdesk-stages-'));
  const totals: Record<string, number> = { read: 0, hash: 0, exif: 0, 'decode+derive': 0, "floor's decode (not in the sort)": 0, qr: 0, 'write cache': 0 };
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const result = await work();
    totals[stage] = (totals[stage] ?? 0) + performance.now() - started;
    return result;
  };
  // The decoders' wasm and modules load on first use: once per worker in a sort, so not per photo here.
  await detectQr((await analyseImage(await readFile(files[0] ?? ''))).qrFrame);
  for (const file of files) {
    const bytes = await time('read', () => readFile(file));
    const sha = await time('hash', () => createHash('sha256').update(bytes).digest('hex'));
    await time('exif', () => readExif(bytes));
    const image = await time('decode+derive', () => analyseImage(bytes));
    await time("floor's decode (not in the sort)", () => sharp(bytes).resize(1600, 1600, { fit: 'inside' }).raw().toBuffer());
    await time('qr', () => detectQr(image.qrFrame));
    await time('write cache', () => writeDerivatives(cache, sha, image));
  }
  rmSync(cache, { recursive: true, force: true });
  return Object.fromEntries(Object.entries(totals).map(([stage, ms]) => [stage, ms / files.length]));
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const spread = (values: readonly number[], digits: number, unit = ''): string =>
  `${median(values).toFixed(digits)}${unit} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}${unit})`;

/** The floor and the sort back to back, RUNS times, so each ratio compares runs on the same machine state. */
async function sortAgainstFloor(root: string, files: readonly string[], names: string): Promise<{ floors: number[]; sorts: SortRun[] }> {
  const floors: number[] = [];
  const sorts: SortRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    floors.push(await measureFloor(files));
    sorts.push(await measureSort(root, names));
  }
  return { floors, sorts };
}

const shootDir = join(REPO, '.cache', `bench-shoot-${COUNT}`);
console.log(`Generating (or reusing) ${COUNT} JPEGs of 6000×4000 in ${shootDir} …`);
const manifest = await generateBenchShoot(shootDir, COUNT);
const jpegs = manifest.files.filter((f) => f.expected.kind !== 'error' && f.expected.kind !== 'companion').map((f) => join(manifest.root, f.path));

const names = join(shootDir, '..', `bench-names-${COUNT}.csv`);
await writeNamesCsv(manifest, names);
const whole = await sortAgainstFloor(manifest.root, jpegs, names);
// The small shoot: one camera's folder, about half. Fixed costs (start-up, workers, the database)
// weigh most here, and memory must stay flat: it is compared with the whole shoot's.
const smallRoot = join(manifest.root, 'cam-a');
const small = await sortAgainstFloor(smallRoot, jpegs.filter((file) => file.startsWith(smallRoot + sep)), names);
// A school of 600 pupils (3,000 files, small JPEGs: what grows with the count is per-photo state, not
// pixels) against a tenth of it.
const school = async (subjects: number) => {
  const shoot = await generateCachedShoot(join(REPO, '.cache', `memory-shoot-${subjects}`), { name: 'memory', seed: 99, subjects, photosPerSubject: [4, 4] });
  const list = join(REPO, '.cache', `memory-names-${subjects}.csv`);
  await writeNamesCsv(shoot, list);
  return measureSort(shoot.root, list);
};
const [tenth, full] = [await school(60), await school(600)];
const stages = await measureStages(jpegs.slice(0, STAGE_SAMPLE));
const score = scoreReport(manifest, whole.sorts[0]!.report);

const ratios = (runs: { floors: number[]; sorts: SortRun[] }) => runs.sorts.map((sort, i) => sort.seconds / runs.floors[i]!);
const perSecond = (count: number, seconds: number[]) => spread(seconds.map((s) => count / s), 2);
const smallFiles = small.sorts[0]!.report.stats.files;
const lines = [
  `Benchmark: ${jpegs.length} JPEGs of 6000×4000 (${mb(jpegs.reduce((n, f) => n + readFileSync(f).length, 0) / jpegs.length)} average), ${cores} cores, Node ${process.version}`,
  `Median of ${RUNS} runs (range in brackets); each sort is the whole \`shootdesk sort\` process, start-up included, run right after its floor.`,
  '',
  '| measure | value |',
  '|---|---|',
  `| sort: images per second | ${perSecond(jpegs.length, whole.sorts.map((s) => s.seconds))} |`,
  `| sort: wall time | ${spread(whole.sorts.map((s) => s.seconds), 1, ' s')} |`,
  `| floor (one 1600-px shrink-on-load decode per file, ${cores} at a time): images per second | ${perSecond(jpegs.length, whole.floors)} |`,
  `| floor: wall time | ${spread(whole.floors, 1, ' s')} |`,
  `| sort time / floor time | ${spread(ratios(whole), 2, '×')} |`,
  `| small shoot (${smallFiles} files of one camera): sort wall time | ${spread(small.sorts.map((s) => s.seconds), 1, ' s')} |`,
  `| small shoot: sort images per second | ${perSecond(smallFiles, small.sorts.map((s) => s.seconds))} |`,
  `| small shoot: sort time / floor time | ${spread(ratios(small), 2, '×')} |`,
  `| sort: peak RSS | ${mb(Math.max(...whole.sorts.map((s) => s.peakRss)))} (${mb(Math.max(...small.sorts.map((s) => s.peakRss)))} for the ${smallFiles} files of one camera) |`,
  `| sort: peak RSS, 1200×800 JPEGs | ${mb(full.peakRss)} for ${full.report.stats.files} files, ${mb(tenth.peakRss)} for ${tenth.report.stats.files} |`,
  `| misassigned photos / visible cards | ${score.misassigned.length} / ${score.visibleCards.length} |`,
  `| recall (photos in their gallery) | ${(score.recall * 100).toFixed(1)} % |`,
  '',
  `Per stage, one photo at a time (${STAGE_SAMPLE} photos), ms per image:`,
  '',
  '| stage | ms |',
  '|---|---|',
  ...Object.entries(stages).map(([stage, ms]) => `| ${stage} | ${ms.toFixed(1)} |`),
];
console.log(lines.join('\n'));
if (score.problems.length > 0) console.log(`\nScore problems:\n${score.problems.join('\n')}`);

console.log('');
printQrBench(await runQrBench());
