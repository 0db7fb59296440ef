import { binarizeLocal } from './binarize-local.js';
import { isCardLike } from './card-like.js';
import { downscaleGrey } from './downscale-grey.js';
import { findFinderPatterns } from './finder-patterns.js';
import { findFinderTriples } from './finder-triples.js';
import { blankRegions, cropGrey, regionAround } from './frame-regions.js';
import { readJsqrSymbol } from './jsqr-reader.js';
import type { GreyFrame, QrDetection } from './qr-types.js';
import { orderForReading, type SymbolRead } from './reading-order.js';
import { isInsideQuad, quadCentre, quadSide, scaleQuad, type Point, type Quad } from './symbol-geometry.js';
import { readZxingSymbols } from './zxing-reader.js';

/** Finder patterns are scanned, and jsQR's whole-frame pass runs, at this size (~12 ms for jsQR). */
const REDUCED_LONG_EDGE = 640;
/** jsQR reads one symbol per pass; more than this many siblings on one card is not a card. */
const MAX_JSQR_PASSES = 4;
/** A decoded outline grown by this fraction still claims finder patterns seen near its corners. */
const OUTLINE_SLACK = 0.15;

/** Something that looks like a QR symbol: from ZXing (located, not decoded) or from three finder patterns. */
interface Suspect {
  quad: Quad;
  /** Points that, inside a decoded symbol, show the suspect is that symbol. */
  marks: Point[];
}

/**
 * Reads every QR code in an oriented luminance frame (long edge ≤ ~1500 px) and says
 * whether a symbol is present that no decoder could read.
 *
 * ZXing-C++ runs first on the whole frame: measured on the 145 real photos, it reads more
 * than jsQR, in a fifth of the time, finds every symbol at once (siblings) and reports
 * symbols it located but could not decode. jsQR gets a second look only where ZXing or the
 * finder-pattern scan saw a symbol that nothing has read yet, so portraits pay only for
 * one ZXing pass and one finder scan.
 */
export async function detectQr(frame: GreyFrame): Promise<QrDetection> {
  const reduced = downscaleGrey(frame, REDUCED_LONG_EDGE);
  const scale = frame.width / reduced.width;
  const reads: SymbolRead[] = [];
  const suspects: Suspect[] = [];

  for (const symbol of await readZxingSymbols(frame)) {
    if (symbol.text !== null) reads.push({ text: symbol.text, quad: symbol.quad });
    else suspects.push({ quad: symbol.quad, marks: [quadCentre(symbol.quad)] });
  }
  for (const triple of findFinderTriples(findFinderPatterns(binarizeLocal(reduced)))) {
    const marks = [triple.corner, ...triple.ends].map((p) => ({ x: p.x * scale, y: p.y * scale }));
    suspects.push({ quad: scaleQuad(triple.quad, scale), marks });
  }

  let unread = suspects.filter((s) => !isRead(s, reads));
  if (unread.length > 0) {
    await lookAgain(frame, reduced, scale, unread, reads);
    unread = unread.filter((s) => !isRead(s, reads));
  }
  const ordered = orderForReading(reads);
  const longEdge = Math.max(frame.width, frame.height);
  return {
    codes: ordered.map((code) => code.text),
    sizes: ordered.map((code) => Math.round((code.side / longEdge) * 1000) / 1000),
    undecodable: unread.length > 0,
    cardLike: isCardLike(reduced),
  };
}

/**
 * The cascade for symbols seen but not read: ZXing on the reduced frame (a coarser
 * sampling sometimes reads what the full one cannot), jsQR on the reduced frame with every
 * symbol already read painted out, then jsQR on a full-resolution crop around each symbol
 * still unread.
 */
async function lookAgain(
  frame: GreyFrame,
  reduced: GreyFrame,
  scale: number,
  unread: Suspect[],
  reads: SymbolRead[],
): Promise<void> {
  for (const symbol of await readZxingSymbols(reduced)) {
    if (symbol.text !== null) addRead(reads, { text: symbol.text, quad: scaleQuad(symbol.quad, scale) });
  }
  for (let pass = 0; pass < MAX_JSQR_PASSES; pass++) {
    const painted = blankRegions(
      reduced,
      reads.map((r) => regionAround(scaleQuad(r.quad, 1 / scale), 2, reduced)),
    );
    const found = readJsqrSymbol(painted);
    if (!found?.text) break;
    if (!addRead(reads, { text: found.text, quad: scaleQuad(found.quad, scale) })) break;
  }
  for (const suspect of unread) {
    if (isRead(suspect, reads)) continue;
    const region = regionAround(suspect.quad, quadSide(suspect.quad) * 0.35 + 8, frame);
    const found = readJsqrSymbol(cropGrey(frame, region));
    if (!found?.text) continue;
    const shift = (p: Point): Point => ({ x: p.x + region.x, y: p.y + region.y });
    addRead(reads, { text: found.text, quad: [shift(found.quad[0]), shift(found.quad[1]), shift(found.quad[2]), shift(found.quad[3])] });
  }
}

/** Adds a read unless it is a symbol already read (same place); returns whether it was new. */
function addRead(reads: SymbolRead[], read: SymbolRead): boolean {
  const centre = quadCentre(read.quad);
  if (reads.some((r) => isInsideQuad(centre, r.quad, OUTLINE_SLACK))) return false;
  reads.push(read);
  return true;
}

function isRead(suspect: Suspect, reads: SymbolRead[]): boolean {
  return suspect.marks.some((m) => reads.some((r) => isInsideQuad(m, r.quad, OUTLINE_SLACK)));
}
