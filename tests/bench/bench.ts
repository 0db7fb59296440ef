// `npm run bench`: the sort against the floor (one shrink-on-load decode per file), per-stage costs,
// peak memory, and QR reads against plain jsQR. Prints figures; asserts nothing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/** Runs `shootdesk sort` as a user would and samples its peak resident memory (VmHWM). */
async function measureSort(root: string, names: string): Promise<{ seconds: number; peakRss: number; report: SortReport }> {
  const work = mkdtempSync(join(tmpdir(), 'shootdesk-bench-'));
  try {
    const started = performance.now();
    const { child, done } = startCli(['sort', root, '--job', 'Bench', '--names', names, '--db', join(work, 'bench.sqlite'), '--json'], work);
    let peakRss = 0;
    const sampler = setInterval(() => {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (kb) peakRss = Math.max(peakRss, Number(kb) * 1024);
      } catch {
        // The process has ended between two samples.
      }
    }, 50);
    const run = await done;
    clearInterval(sampler);
    if (run.code !== 0) throw new Error(`sort failed (${run.code}): ${run.stderr}`);
    return { seconds: (performance.now() - started) / 1000, peakRss, report: JSON.parse(run.stdout) as SortReport };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One photo at a time, each stage timed on its own: where the time of a sort goes. */
async function measureStages(files: readonly string[]): Promise<Record<string, number>> {
  const cache = mkdtempSync(join(tmpdir(), 'shootdesk-stages-'));
  const totals: Record<string, number> = { read: 0, hash: 0, exif: 0, 'decode+derive': 0, qr: 0, 'write cache': 0 };
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const result = await work();
    totals[stage] = (totals[stage] ?? 0) + performance.now() - started;
    return result;
  };
  for (const file of files) {
    const bytes = await time('read', () => readFile(file));
    const sha = await time('hash', () => createHash('sha256').update(bytes).digest('hex'));
    await time('exif', () => readExif(bytes));
    const image = await time('decode+derive', () => analyseImage(bytes));
    await time('qr', () => detectQr(image.qrFrame));
    await time('write cache', () => writeDerivatives(cache, sha, image));
  }
  rmSync(cache, { recursive: true, force: true });
  return Object.fromEntries(Object.entries(totals).map(([stage, ms]) => [stage, ms / files.length]));
}

const shootDir = join(REPO, '.cache', `bench-shoot-${COUNT}`);
console.log(`Generating (or reusing) ${COUNT} JPEGs of 6000×4000 in ${shootDir} …`);
const manifest = await generateBenchShoot(shootDir, COUNT);
const jpegs = manifest.files.filter((f) => f.expected.kind !== 'error' && f.expected.kind !== 'companion').map((f) => join(manifest.root, f.path));

const names = join(shootDir, '..', `bench-names-${COUNT}.csv`);
await writeNamesCsv(manifest, names);
const floorSeconds = await measureFloor(jpegs);
const sort = await measureSort(manifest.root, names);
// Memory must stay flat in the number of photos: one camera's folder (about half) against the whole
// shoot, and a school of 600 pupils (3,000 files, small JPEGs: what grows with the count is per-photo
// state, not pixels) against a tenth of it.
const half = await measureSort(join(manifest.root, 'cam-a'), names);
const school = async (subjects: number) => {
  const shoot = await generateCachedShoot(join(REPO, '.cache', `memory-shoot-${subjects}`), { name: 'memory', seed: 99, subjects, photosPerSubject: [4, 4] });
  const list = join(REPO, '.cache', `memory-names-${subjects}.csv`);
  await writeNamesCsv(shoot, list);
  return measureSort(shoot.root, list);
};
const [tenth, full] = [await school(60), await school(600)];
const stages = await measureStages(jpegs.slice(0, STAGE_SAMPLE));
const score = scoreReport(manifest, sort.report);

const lines = [
  `Benchmark: ${jpegs.length} JPEGs of 6000×4000 (${mb(jpegs.reduce((n, f) => n + readFileSync(f).length, 0) / jpegs.length)} average), ${cores} cores, Node ${process.version}`,
  '',
  '| measure | value |',
  '|---|---|',
  `| sort: images per second | ${(jpegs.length / sort.seconds).toFixed(2)} |`,
  `| sort: wall time | ${sort.seconds.toFixed(1)} s |`,
  `| sort: peak RSS | ${mb(sort.peakRss)} (${mb(half.peakRss)} for the ${half.report.stats.files} files of one camera) |`,
  `| sort: peak RSS, 1200×800 JPEGs | ${mb(full.peakRss)} for ${full.report.stats.files} files, ${mb(tenth.peakRss)} for ${tenth.report.stats.files} |`,
  `| floor (one 1600-px shrink-on-load decode per file, ${cores} at a time): images per second | ${(jpegs.length / floorSeconds).toFixed(2)} |`,
  `| floor: wall time | ${floorSeconds.toFixed(1)} s |`,
  `| sort time / floor time | ${(sort.seconds / floorSeconds).toFixed(2)}× |`,
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
