import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

/** jsQR on a greyscale resize, as a cheap detector would see the frame. */
export async function decodeWithJsqr(file: string, width = 640): Promise<string | undefined> {
  const { data, info } = await sharp(file).resize(width).greyscale().raw().toBuffer({ resolveWithObject: true });
  const rgba = new Uint8ClampedArray(info.width * info.height * 4);
  for (let i = 0; i < data.length; i += 1) {
    const grey = data[i] ?? 0;
    rgba.set([grey, grey, grey, 255], i * 4);
  }
  return jsQR(rgba, info.width, info.height)?.data;
}

let prepared: Promise<unknown> | undefined;

/** Every symbol ZXing-C++ reports, failed ones included (their text is then empty). */
export async function decodeWithZxing(file: string, width = 1200): Promise<{ text: string; valid: boolean }[]> {
  // Node has no fetch for the wasm next to the module: hand it the bytes.
  prepared ??= readFile(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm')).then((bytes) =>
    prepareZXingModule({ overrides: { wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, fireImmediately: true }),
  );
  await prepared;
  const { data, info } = await sharp(file).resize(width).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const image = { data: new Uint8ClampedArray(data), width: info.width, height: info.height, colorSpace: 'srgb' as const };
  const symbols = await readBarcodes(image, { formats: ['QRCode'], maxNumberOfSymbols: 8, returnErrors: true, tryHarder: true });
  return symbols.map((symbol) => ({ text: symbol.isValid ? symbol.text : '', valid: symbol.isValid }));
}
