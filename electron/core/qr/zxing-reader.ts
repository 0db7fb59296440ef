import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import type { GreyFrame } from './qr-types.js';
import type { Quad } from './symbol-geometry.js';

export interface ZxingSymbol {
  /** Null when ZXing located a symbol but could not decode it. */
  text: string | null;
  quad: Quad;
}

/**
 * `with-downscale` is the detector's pass over every frame: dense scanning (tryHarder) plus
 * ZXing's default copy at a third of the size (tryDownscale), which reads large blurred symbols.
 * `frame-only` skips that copy, for retries on a crop already scaled so that its symbol is ~300 px.
 */
export type ZxingPass = 'with-downscale' | 'frame-only';

const READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  // A card is held up roughly upright; rotated retries only cost time on portraits.
  tryRotate: false,
  tryInvert: false,
  maxNumberOfSymbols: 0,
  returnErrors: true,
  textMode: 'Plain',
};
const OPTIONS: Record<ZxingPass, ReaderOptions> = {
  'with-downscale': READER_OPTIONS,
  'frame-only': { ...READER_OPTIONS, tryDownscale: false },
};

let ready: Promise<unknown> | undefined;

/**
 * The package fetches its .wasm from a CDN by default; the laptop is offline on site, so
 * the binary comes from node_modules. Resolving through the package (not a path relative
 * to this file) works both from source and from the esbuild bundle, which leaves
 * zxing-wasm external.
 */
function loadZxing(): Promise<unknown> {
  ready ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
    const bytes = await readFile(wasmPath);
    const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  })();
  return ready;
}

/** Every QR symbol ZXing-C++ finds in the frame, including ones it located but could not read. */
export async function readZxingSymbols(frame: GreyFrame, pass: ZxingPass = 'with-downscale'): Promise<ZxingSymbol[]> {
  await loadZxing();
  const results = await readBarcodes(greyToPgm(frame), OPTIONS[pass]);
  return results
    .map((r): ZxingSymbol => ({
      text: r.isValid ? r.text : null,
      quad: [r.position.topLeft, r.position.topRight, r.position.bottomRight, r.position.bottomLeft],
    }))
    // With returnErrors, ZXing sometimes adds a failed result with no position at all (every
    // corner at 0,0) beside a symbol it did read; that is no symbol, and must not hold a card.
    .filter((symbol) => symbol.text !== null || quadArea(symbol.quad) >= MIN_SYMBOL_AREA);
}

/**
 * Handed pixels, the package takes only RGBA, which it turns back into luminance in JavaScript; an
 * image file goes to the wasm side's own loader, which reads a binary PGM (8-bit grey) as it is.
 * The frame as a PGM skips both full-frame conversions and a 4-byte-per-pixel copy: the same
 * luminance (the package's weights sum to 1 on grey pixels), the same symbols, a third of the time
 * on a 1500-px frame (measured: 5.8 ms against 11–18 ms of CPU on the bench shoot's frames).
 */
function greyToPgm(frame: GreyFrame): Uint8Array {
  const pixels = frame.width * frame.height;
  const header = new TextEncoder().encode(`P5\n${frame.width} ${frame.height}\n255\n`);
  const pgm = new Uint8Array(header.length + pixels);
  pgm.set(header);
  pgm.set(frame.data.subarray(0, pixels), header.length);
  return pgm;
}

/** A QR symbol is at least 21×21 modules; below 8×8 pixels there is nothing to have located. */
const MIN_SYMBOL_AREA = 64;

function quadArea(quad: Quad): number {
  let twice = 0;
  for (let i = 0; i < quad.length; i++) {
    const a = quad[i] as Quad[number];
    const b = quad[(i + 1) % quad.length] as Quad[number];
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}
