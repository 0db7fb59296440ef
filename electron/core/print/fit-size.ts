import type { FontName } from './open-pdf.js';

/** Text is never set smaller than this share of its size: a parent must read it off the paper. */
export const SMALLEST = 0.6;

/** The largest size from `size` down to `smallest` at which `text` fits `width` on one line (else `smallest`). */
export function fitSize(doc: PDFKit.PDFDocument, font: FontName, text: string, width: number, size: number, spacing: number, smallest: number): number {
  doc.font(font);
  for (let fitted = size; fitted > smallest; fitted -= 0.25) {
    doc.fontSize(fitted);
    // A point to spare: PDFKit's line wrapping measures a little wider than widthOfString.
    if (doc.widthOfString(text, { characterSpacing: spacing * (fitted / size) }) <= width - 1) return fitted;
  }
  return smallest;
}
