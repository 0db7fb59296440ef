import { quadCentre, quadSide, type Quad } from './symbol-geometry.js';

export interface SymbolRead {
  text: string;
  quad: Quad;
}

export interface OrderedCode {
  text: string;
  /** Side of the largest symbol with this payload, in the frame's pixels. */
  side: number;
}

/**
 * Payloads top-to-bottom, then left-to-right, each once. Two symbols whose centres are
 * less than half a symbol apart vertically are on the same line (siblings holding cards
 * side by side are never perfectly level), so they are ordered by x.
 */
export function orderForReading(reads: SymbolRead[]): OrderedCode[] {
  const placed = reads.map((r) => {
    const ys = r.quad.map((p) => p.y);
    return { text: r.text, centre: quadCentre(r.quad), height: Math.max(...ys) - Math.min(...ys), side: quadSide(r.quad) };
  });
  placed.sort((a, b) => {
    const sameLine = Math.abs(a.centre.y - b.centre.y) < Math.min(a.height, b.height) / 2;
    return sameLine ? a.centre.x - b.centre.x : a.centre.y - b.centre.y;
  });
  const sides = new Map<string, number>();
  for (const p of placed) sides.set(p.text, Math.max(sides.get(p.text) ?? 0, p.side));
  return [...sides].map(([text, side]) => ({ text, side }));
}
