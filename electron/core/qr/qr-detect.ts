import { binarizeLocal } from './binarize-local.js';
import { isCardLike } from './card-like.js';
import { stepClock, type DetectTrace } from './detect-trace.js';
import { downscaleGrey } from './downscale-grey.js';
import { findFinderPatterns, loneFinderPatterns } from './finder-patterns.js';
import { findFinderTriples } from './finder-triples.js';
import { blankRegions, cropGrey, regionAround } from './frame-regions.js';
import { readJsqrSymbol } from './jsqr-reader.js';
import type { GreyFrame, QrDetection } from './qr-types.js';
import { orderForReading, type SymbolRead } from './reading-order.js';
import { retrySymbol } from './retry-symbol.js';
import { isInsideQuad, quadCentre, quadSide, scaleQuad, type Point, type Quad } from './symbol-geometry.js';
import { readZxingSymbols } from './zxing-reader.js';

/** Finder patterns are scanned, and jsQR's whole-frame pass runs, at this size (~12 ms for jsQR). */
const REDUCED_LONG_EDGE = 640;
/** jsQR reads one symbol per pass; more than this many siblings on one card is not a card. */
const MAX_JSQR_PASSES = 4;
/** A decoded outline grown by this fraction still claims finder patterns seen near its corners. */
const OUTLINE_SLACK = 0.15;
/** Each retry costs up to ten ZXing reads of a crop; a card holds at most a few siblings. */
const MAX_RETRIED = 3;

/** Something that looks like a QR symbol: from ZXing (located, not decoded) or from three finder patterns. */
interface Suspect {
  quad: Quad;
  /** Points that, inside a decoded symbol, show the suspect is that symbol. */
  marks: Point[];
}

/**
 * Reads every QR code in an oriented luminance frame (long edge ≤ ~1500 px) and says
 * whether a symbol is present that no decoder could read. A `trace`, when given, collects
 * milliseconds per step and what the retries read (for the benchmark and tests).
 *
 * ZXing-C++ runs first on the whole frame: measured on the 145 real photos, it reads more
 * than jsQR, in a fifth of the time, finds every symbol at once (siblings) and reports
 * symbols it located but could not decode. jsQR gets a second look only where ZXing or the
 * finder-pattern scan saw a symbol that nothing has read yet, so portraits pay only for
 * one ZXing pass and one finder scan. The retries (retryUnread) come last, and only when
 * all of that read nothing: a frame something reads is read as without them, in the same time.
 */
export async function detectQr(frame: GreyFrame, trace?: DetectTrace): Promise<QrDetection> {
  const lap = stepClock(trace);
  const reduced = downscaleGrey(frame, REDUCED_LONG_EDGE);
  const scale = frame.width / reduced.width;
  lap('downscale');
  const reads: SymbolRead[] = [];
  const suspects: Suspect[] = [];

  for (const symbol of await readZxingSymbols(frame)) {
    if (symbol.text !== null) reads.push({ text: symbol.text, quad: symbol.quad });
    else suspects.push({ quad: symbol.quad, marks: [quadCentre(symbol.quad)] });
  }
  lap('zxing');
  const patterns = findFinderPatterns(binarizeLocal(reduced));
  for (const triple of findFinderTriples(patterns)) {
    const marks = [triple.corner, ...triple.ends].map((p) => ({ x: p.x * scale, y: p.y * scale }));
    suspects.push({ quad: scaleQuad(triple.quad, scale), marks });
  }
  // The corner of a symbol glare hides the rest of: no decoder locates it, so it gets no retries, but it holds the frame.
  const lone = loneFinderPatterns(patterns, Math.max(reduced.width, reduced.height)).map((p) => ({ x: p.x * scale, y: p.y * scale }));
  lap('finder scan');

  let unread = suspects.filter((s) => !isRead(s, reads));
  if (unread.length > 0) {
    await lookAgain(frame, reduced, scale, unread, reads);
    unread = unread.filter((s) => !isRead(s, reads));
    lap('look again');
  }
  // Only where nothing was read: a read frame keeps its result and its time (a sibling left unread
  // beside a read one still holds the frame, as before), and the retries cannot add a code to it.
  if (reads.length === 0 && unread.length > 0) {
    await retryUnread(frame, unread, reads, trace);
    unread = unread.filter((s) => !isRead(s, reads));
    lap('retry symbols');
  }
  const ordered = orderForReading(reads);
  const longEdge = Math.max(frame.width, frame.height);
  const cardLike = isCardLike(reduced);
  lap('card check');
  return {
    codes: ordered.map((code) => code.text),
    // Every outline is in the frame's pixels, a retry's too (retrySymbol maps it back from its enlarged crop).
    sizes: ordered.map((code) => Math.round((code.side / longEdge) * 1000) / 1000),
    undecodable: unread.length > 0 || lone.some((p) => !reads.some((r) => isInsideQuad(p, r.quad, OUTLINE_SLACK))),
    cardLike,
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

/**
 * The last tries before a frame is held: each symbol still unread, scaled, contrast-stretched
 * and straightened (retrySymbol). ZXing's own outlines come first: they sit on the symbol, where
 * a finder triple's outline is extrapolated from the patterns. ZXing often reports one symbol
 * twice (two outlines, both unread); a suspect centred inside one already retried is that symbol.
 */
async function retryUnread(frame: GreyFrame, unread: Suspect[], reads: SymbolRead[], trace: DetectTrace | undefined): Promise<void> {
  const retried: Quad[] = [];
  for (const suspect of unread) {
    if (retried.length === MAX_RETRIED) break;
    if (isRead(suspect, reads) || retried.some((quad) => isInsideQuad(quadCentre(suspect.quad), quad))) continue;
    retried.push(suspect.quad);
    for (const { read, view } of await retrySymbol(frame, suspect.quad, (r) => !isPlaceRead(r, reads))) {
      if (addRead(reads, read)) trace?.retryReads.push(view);
    }
  }
}

/** Adds a read unless it is a symbol already read (same place); returns whether it was new. */
function addRead(reads: SymbolRead[], read: SymbolRead): boolean {
  if (isPlaceRead(read, reads)) return false;
  reads.push(read);
  return true;
}

function isPlaceRead(read: SymbolRead, reads: SymbolRead[]): boolean {
  const centre = quadCentre(read.quad);
  return reads.some((r) => isInsideQuad(centre, r.quad, OUTLINE_SLACK));
}

function isRead(suspect: Suspect, reads: SymbolRead[]): boolean {
  return suspect.marks.some((m) => reads.some((r) => isInsideQuad(m, r.quad, OUTLINE_SLACK)));
}
