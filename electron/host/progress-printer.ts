import type { ScanProgress } from '../../shared/domain.js';

/** Where progress goes: stderr, or a stand-in in tests. */
export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

// A terminal line is redrawn in place, so it may change often; a log (a pipe, `2> sort.log`, CI)
// gets a new line each time, so only now and then.
const TERMINAL_EVERY_MS = 200;
const LOG_EVERY_MS = 5000;

export function describeProgress(p: ScanProgress): string {
  switch (p.stage) {
    case 'walk':
      if (p.total > 0) return `Found ${p.total} images`;
      return p.done > 0 ? `Looking for images: ${p.done} so far` : 'Looking for images';
    case 'analyse':
      return p.total > 0 ? `Reading images: ${p.done}/${p.total} (${p.rate.toFixed(1)} per second)` : 'Reading images: none new';
    case 'split':
      return 'Sorting by the cards';
    case 'done':
      return 'Done';
  }
}

/**
 * Prints sort progress to `out`: on a terminal one line redrawn in place, elsewhere plain lines
 * with no carriage returns or escape codes. A new stage and the end of a stage always show; in
 * between, one line per interval.
 */
export function progressPrinter(out: ProgressOutput, now: () => number = Date.now): (progress: ScanProgress) => void {
  const terminal = out.isTTY === true;
  let stage: ScanProgress['stage'] | undefined;
  let ended = false;
  let last = 0;
  return (p) => {
    const t = now();
    const newStage = p.stage !== stage;
    // A stage may report its end more than once (the last image, then a final count): one line is enough.
    const ends = p.total > 0 && p.done === p.total && (newStage || !ended);
    if (!newStage && !ends && t - last < (terminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS)) return;
    stage = p.stage;
    ended = ends || (ended && !newStage);
    last = t;
    // The summary follows on stdout: a terminal's progress line is cleared for it, a log needs no "Done".
    if (p.stage === 'done') {
      if (terminal) out.write('\r\x1b[K');
      return;
    }
    out.write(terminal ? `\r\x1b[K${describeProgress(p)}` : `${describeProgress(p)}\n`);
  };
}
