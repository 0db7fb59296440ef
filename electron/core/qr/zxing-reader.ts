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
 * `frame-only` scans the frame at its own size; `with-downscale` also scans a copy at a third of
 * it (ZXing's tryDownscale), which reads some large blurred symbols, for about 25% more time on a
 * 1500-px frame. Both scan densely (tryHarder): without it, ZXing missed a small symbol on the
 * real photos (hk-ikea) that nothing else located, for a saving of only about 0.6 ms.
 */
export type ZxingPass = 'frame-only' | 'with-downscale';

const COMMON: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  // A card is held up roughly upright; rotated retries only cost time on portraits.
  tryRotate: false,
  // Cards are dark on white; the inverted retry adds a quarter to every portrait's pass (5.4 → 6.8 ms).
  tryInvert: false,
  maxNumberOfSymbols: 0,
  returnErrors: true,
  textMode: 'Plain',
};
const OPTIONS: Record<ZxingPass, ReaderOptions> = {
  'frame-only': { ...COMMON, tryDownscale: false },
  'with-downscale': { ...COMMON, tryDownscale: true },
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
 * The package takes pixels only as RGBA, which it turns back into luminance in JavaScript; a
 * binary PGM (8-bit grey) goes to the wasm image loader as it is. That skips two full-frame
 * conversions: about 6 ms of a 1500-px frame's 12, the same pixels and the same symbols.
 */
function greyToPgm(frame: GreyFrame): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${frame.width} ${frame.height}\n255\n`);
  const pgm = new Uint8Array(header.length + frame.width * frame.height);
  pgm.set(header);
  pgm.set(frame.data.subarray(0, frame.width * frame.height), header.length);
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
