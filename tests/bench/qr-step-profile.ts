import { newTrace, type DetectTrace } from '../../electron/core/qr/detect-trace.js';
import { detectQr } from '../../electron/core/qr/qr-detect.js';
import type { QrDetection } from '../../electron/core/qr/qr-types.js';
import { loadShootFrames, type FrameKind, type ShootFrame } from './qr-shoot-frames.js';

/** Runs per frame; the fastest counts: other work on a shared machine only ever adds time. */
const RUNS = 3;

export interface StepProfileRow {
  frames: FrameKind;
  count: number;
  /** Mean milliseconds per frame, per step, from each frame's fastest run. */
  steps: Record<string, number>;
  total: number;
  /**
   * Mean CPU milliseconds per frame (the least of its runs), garbage collection included: on a machine
   * shared with other work, wall time counts the waits for a core, CPU time only the work.
   */
  cpu: number;
}

/** What the QR stage made of a card it must hold (glare): whether it is held, and by which signal. */
export interface HeldCardRow {
  frame: string;
  read: string;
  undecodable: boolean;
  cardLike: boolean;
  held: boolean;
}

export interface StepProfile {
  rows: StepProfileRow[];
  heldCards: HeldCardRow[];
  /** Frames whose result breaks the QR stage's promises (a card misread or not held, a portrait held). */
  problems: string[];
}

/**
 * Per-step times of detectQr on 1500-px frames made as the bench shoot makes them (portraits,
 * cards rotated up to 20° or blurred, URL cards, siblings, glare), and a check of each result.
 */
export async function profileSteps(cacheDir: string): Promise<StepProfile> {
  const frames = await loadShootFrames(cacheDir);
  const first = frames[0];
  if (first) await detectQr(first.frame); // loads the ZXing wasm outside the timed runs
  const byKind = new Map<FrameKind, { count: number; steps: Record<string, number>; total: number; cpu: number }>();
  const problems: string[] = [];
  const heldCards: HeldCardRow[] = [];
  for (const frame of frames) {
    let fastest: { ms: number; trace: DetectTrace; result: QrDetection } | undefined;
    let leastCpu = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const trace = newTrace();
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const result = await detectQr(frame.frame, trace);
      const cpu = process.cpuUsage(cpuBefore);
      const ms = performance.now() - started;
      leastCpu = Math.min(leastCpu, (cpu.user + cpu.system) / 1000);
      if (!fastest || ms < fastest.ms) fastest = { ms, trace, result };
    }
    if (!fastest) continue;
    const { codes, undecodable, cardLike } = fastest.result;
    if (frame.kind === 'held-card') heldCards.push({ frame: frame.name, read: codes.join(' '), undecodable, cardLike, held: undecodable || cardLike });
    const problem = checkResult(frame, fastest.result);
    if (problem) problems.push(`${frame.name} (${frame.kind}): ${problem}`);
    const entry = byKind.get(frame.kind) ?? { count: 0, steps: {}, total: 0, cpu: 0 };
    entry.count++;
    entry.total += fastest.ms;
    entry.cpu += leastCpu;
    for (const [step, ms] of Object.entries(fastest.trace.times)) entry.steps[step] = (entry.steps[step] ?? 0) + ms;
    byKind.set(frame.kind, entry);
  }
  const round = (ms: number, count: number): number => Math.round((ms / count) * 100) / 100;
  const rows = [...byKind].map(([kind, e]): StepProfileRow => ({
    frames: kind,
    count: e.count,
    steps: Object.fromEntries(Object.entries(e.steps).map(([step, ms]) => [step, round(ms, e.count)])),
    total: round(e.total, e.count),
    cpu: round(e.cpu, e.count),
  }));
  return { rows, heldCards, problems };
}

/**
 * A card must read exactly its payloads and nothing unread; a card under glare must be held
 * (a symbol seen but not read, or a card-like frame), and may read only its own payloads (a
 * sibling's symbol clear of the glare); a portrait holds nothing but a poster's code.
 */
function checkResult(frame: ShootFrame, result: QrDetection): string | null {
  const sorted = (codes: string[]): string => JSON.stringify([...codes].sort());
  if (frame.kind === 'card') {
    if (sorted(result.codes) !== sorted(frame.codes) || result.undecodable) return `read ${JSON.stringify(result.codes)}, undecodable ${result.undecodable}`;
    return null;
  }
  if (frame.kind === 'held-card') {
    if (!result.undecodable && !result.cardLike) return 'not held';
    if (result.codes.some((c) => !frame.codes.includes(c))) return `read ${JSON.stringify(result.codes)}`;
    return null;
  }
  if (sorted(result.codes) !== sorted(frame.codes) || result.undecodable) return `read ${JSON.stringify(result.codes)}, undecodable ${result.undecodable}`;
  return null;
}

export function printStepProfile(profile: StepProfile): void {
  const steps = [...new Set(profile.rows.flatMap((r) => Object.keys(r.steps)))];
  console.table(profile.rows.map((r) => ({ frames: r.frames, count: r.count, ...Object.fromEntries(steps.map((s) => [s, r.steps[s] ?? 0])), 'total ms': r.total, 'CPU ms': r.cpu })));
  console.log(`Cards under glare: ${profile.heldCards.filter((r) => r.held).length} of ${profile.heldCards.length} held`);
  console.table(profile.heldCards);
  for (const problem of profile.problems) console.log(`problem: ${problem}`);
}
