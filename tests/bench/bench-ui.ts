// `npm run bench:ui`: the job workspace on a job of 20,000 photos, in Debian's Chromium against the
// real core through the browser bridge (issue 6). Prints the time to the first thumbnails, frame
// times while scrolling the grid, the time to assign 1,000 selected photos and the renderer's JS
// heap, each beside its target. A benchmark, not a test: a missed target is printed, not failed.
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { BIG_JOB_NAME, buildBigJob } from './ui/build-big-job.js';
import { measureAssign } from './ui/measure-assign.js';
import { measureCore } from './ui/measure-core.js';
import { measureHeap } from './ui/measure-heap.js';
import { measureOpen } from './ui/measure-open.js';
import { measureScroll } from './ui/measure-scroll.js';
import { BRIDGE_CLIENT, openDesk, RENDERER_DIR } from './ui/open-desk.js';
import { formatFigures, type PageRun } from './ui/print-figures.js';
import { profileSplit } from './ui/profile-split.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 3);
/** A third of the grid's height a frame: 20 screens a second, a fast flick through the shoot. */
const SCROLL_STEP = 1 / 3;
const CHROMIUM = '/usr/bin/chromium';

const started = performance.now();
// The machine may be shared: its load when the benchmark started says how far to trust the figures.
const loadAtStart = loadavg()[0] ?? 0;
const needed: [file: string, fix: string][] = [
  [join(RENDERER_DIR, 'index.html'), 'npx electron-vite build'],
  [BRIDGE_CLIENT, 'node scripts/build-cli.mjs'],
  [CHROMIUM, 'apt-get install -y chromium'],
];
for (const [file, fix] of needed) if (!existsSync(file)) throw new Error(`${file} is missing: ${fix}`);

const jobDir = join(REPO, '.cache', 'bench-ui-job');
console.log(`Building (or reusing) the job of 20,000 photos in ${relative(REPO, jobDir)} …`);
const job = await buildBigJob(jobDir);
const unassigned = job.plan.frames.filter((f) => f.content.kind === 'photo' && f.content.subject === null).map((f) => f.relPath);
// The first pupil: a gallery the 1,000 photos join.
const target = job.plan.subjects[0]?.code;
if (!target) throw new Error('the job has no subjects');

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const chromiumVersion = browser.version();
const runs: PageRun[] = [];
try {
  for (let run = 1; run <= RUNS; run += 1) {
    console.log(`Run ${run} of ${RUNS}: open, assign, scroll, heap …`);
    const desk = await openDesk(browser, job);
    try {
      // The photographer's order: open the job, fix what is held; then look through it all.
      const open = await measureOpen(desk.page, BIG_JOB_NAME);
      const assign = await measureAssign(desk.page, /^Before the first card/, unassigned.length, target);
      const scroll = await measureScroll(desk.page, SCROLL_STEP);
      const heap = await measureHeap(desk.cdp);
      if (desk.pageErrors.length > 0) throw new Error(`uncaught error on the page: ${desk.pageErrors.map((e) => e.message).join('; ')}`);
      if (!assign.status.startsWith(`${unassigned.length} photos assigned`)) throw new Error(`the assign said: ${assign.status}`);
      runs.push({ open, scroll, heap, assign });
    } finally {
      await desk.close();
    }
  }
} finally {
  await browser.close().catch(() => undefined);
}
console.log('Core alone …');
const core = await measureCore(job, BIG_JOB_NAME, unassigned, target, RUNS);
const profile = profileSplit(job, BIG_JOB_NAME, unassigned, RUNS);

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB; Node ${process.version}; Chromium ${chromiumVersion} (headless, --disable-gpu); load average ${loadAtStart.toFixed(1)} at the start; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const jobOrigin = job.builtSeconds > 0 ? `(Built in ${job.builtSeconds.toFixed(1)} s.)` : `(Reused from ${relative(REPO, jobDir)}.)`;
console.log(`\n${formatFigures({ machine, plan: job.plan, jobOrigin, runs, core, profile })}`);
console.log(`\nWhole benchmark: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
