import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { greyToRgba } from '../../electron/core/qr/grey-to-rgba.js';
import { detectQr } from '../../electron/core/qr/qr-detect.js';
import type { GreyFrame } from '../../electron/core/qr/qr-types.js';

/** The whole real-world set, beside the checkout (../shared/data), as CI's clone has it. */
const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'qr-photos');
const FRAME_LONG_EDGE = 1500;
/** 170 is a "double QR": an outer and an inner symbol; the reference names only the outer one. */
const SECOND_SYMBOLS: Record<string, string> = { '170': '[内側QRコード]\n\n*ダブルQR*\nhttp://d-qr.net/ex/' };

export interface QrBenchRow {
  method: string;
  images: number;
  /** A read equal to a trusted expected payload (line endings normalised). */
  correct: number;
  /** A read that disagrees with a trusted expected payload. */
  wrong: number;
  /** Reads on images whose payload nobody knows (truth `unknown`, or jsQR's empty snapshot). */
  unknownTruthReads: number;
  totalMs: number;
  msPerImage: number;
}

export interface QrBenchResult {
  rows: QrBenchRow[];
  notes: string[];
  wrongReads: { method: string; image: string; read: string; expected: string }[];
}

interface Sample {
  name: string;
  /** Null when the truth is unknown. */
  expected: string | null;
  /** Another real symbol in the same image: reading it is not wrong. */
  second: string | undefined;
  rgba: { data: Uint8ClampedArray; width: number; height: number };
  frame: GreyFrame;
}

/**
 * jsQR renders bytes that are not UTF-8 as "", so an empty `jsqr-snapshot` says only that
 * jsQR found a symbol, not what it holds: such images are scored like `unknown` ones.
 * ZXing's references have LF where many payloads hold CRLF; decoders return the raw CRLF.
 */
function trustedExpected(meta: { expected: string | null; truth: string }): string | null {
  if (meta.expected === null || meta.expected === '') return null;
  return normalise(meta.expected);
}

function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

async function loadSamples(): Promise<Sample[]> {
  const names = readdirSync(DATA).filter((n) => statSync(path.join(DATA, n)).isDirectory()).sort();
  const samples: Sample[] = [];
  for (const name of names) {
    const dir = path.join(DATA, name);
    const meta = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { expected: string | null; truth: string };
    const png = path.join(dir, 'input.png');
    const rgb = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const grey = await sharp(png)
      .greyscale()
      .resize(FRAME_LONG_EDGE, FRAME_LONG_EDGE, { fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (grey.info.channels !== 1) throw new Error(`${name}: expected one channel, got ${grey.info.channels}`);
    samples.push({
      name,
      expected: trustedExpected(meta),
      second: SECOND_SYMBOLS[name],
      rgba: { data: new Uint8ClampedArray(rgb.data.buffer, rgb.data.byteOffset, rgb.data.length), width: rgb.info.width, height: rgb.info.height },
      frame: { data: new Uint8Array(grey.data.buffer, grey.data.byteOffset, grey.data.length), width: grey.info.width, height: grey.info.height },
    });
  }
  return samples;
}

async function score(
  method: string,
  samples: Sample[],
  read: (s: Sample) => string[] | Promise<string[]>,
  wrongReads: QrBenchResult['wrongReads'],
): Promise<QrBenchRow> {
  const row: QrBenchRow = { method, images: samples.length, correct: 0, wrong: 0, unknownTruthReads: 0, totalMs: 0, msPerImage: 0 };
  for (const sample of samples) {
    const started = performance.now();
    const texts = (await read(sample)).map(normalise);
    row.totalMs += performance.now() - started;
    if (texts.length === 0) continue;
    if (sample.expected === null) row.unknownTruthReads++;
    else if (texts.includes(sample.expected)) row.correct++;
    if (sample.expected !== null) {
      for (const text of texts.filter((t) => t !== sample.expected && t !== sample.second)) {
        row.wrong++;
        wrongReads.push({ method, image: sample.name, read: text, expected: sample.expected });
      }
    }
  }
  row.totalMs = Math.round(row.totalMs);
  row.msPerImage = Math.round((row.totalMs / samples.length) * 10) / 10;
  return row;
}

export async function runQrBench(): Promise<QrBenchResult> {
  if (!existsSync(DATA)) throw new Error(`QR bench data not found at ${DATA}`);
  const samples = await loadSamples();
  const wrongReads: QrBenchResult['wrongReads'] = [];
  const first = samples[0];
  if (first) await detectQr(first.frame); // loads the ZXing wasm outside the timed loop
  const rows = [
    await score('jsQR, original PNG (RGBA, full size)', samples, (s) => {
      const found = jsQR(s.rgba.data, s.rgba.width, s.rgba.height);
      return found ? [found.data] : [];
    }, wrongReads),
    await score(`jsQR, grey frame ≤${FRAME_LONG_EDGE}`, samples, (s) => {
      const found = jsQR(greyToRgba(s.frame), s.frame.width, s.frame.height);
      return found ? [found.data] : [];
    }, wrongReads),
    await score(`detectQr, grey frame ≤${FRAME_LONG_EDGE}`, samples, async (s) => (await detectQr(s.frame)).codes, wrongReads),
  ];
  const largest = Math.max(...samples.map((s) => s.rgba.width * s.rgba.height));
  return {
    rows,
    wrongReads,
    notes: [
      `${samples.length} images from ${DATA}; the PNGs are small (largest ${(largest / 1e6).toFixed(1)} MP), so "full size" is the original PNG, not a 24 MP frame, and no time cap was needed.`,
      'Times cover the decoder call only (PNG decoding and grey conversion by sharp are excluded).',
      'Expected payloads are compared with CRLF normalised to LF; jsQR\'s empty snapshots and `unknown` truths count as unknown.',
      'Image 170 holds two symbols (outer and inner QR); reading the inner one is neither correct nor wrong.',
    ],
  };
}

export function printQrBench(result: QrBenchResult): void {
  console.table(result.rows);
  for (const note of result.notes) console.log(`- ${note}`);
  for (const w of result.wrongReads) console.log(`wrong: ${w.method} ${w.image}: ${JSON.stringify(w.read).slice(0, 80)} ≠ ${JSON.stringify(w.expected).slice(0, 80)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printQrBench(await runQrBench());
}
