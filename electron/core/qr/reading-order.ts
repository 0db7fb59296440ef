import { quadCentre, type Quad } from './symbol-geometry.js';

export interface SymbolRead {
  text: string;
  quad: Quad;
}

/**
 * Payloads top-to-bottom, then left-to-right, each once. Two symbols whose centres are
 * less than half a symbol apart vertically are on the same line (siblings holding cards
 * side by side are never perfectly level), so they are ordered by x.
 */
export function orderForReading(reads: SymbolRead[]): string[] {
  const placed = reads.map((r) => {
    const ys = r.quad.map((p) => p.y);
    return { text: r.text, centre: quadCentre(r.quad), height: Math.max(...ys) - Math.min(...ys) };
  });
  placed.sort((a, b) => {
    const sameLine = Math.abs(a.centre.y - b.centre.y) < Math.min(a.height, b.height) / 2;
    return sameLine ? a.centre.x - b.centre.x : a.centre.y - b.centre.y;
  });
  return [...new Set(placed.map((p) => p.text))];
}
