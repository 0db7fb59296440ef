import type { FinderPattern } from './finder-patterns.js';
import type { Point, Quad } from './symbol-geometry.js';

export interface FinderTriple {
  corner: FinderPattern;
  ends: [FinderPattern, FinderPattern];
  /** Outline of the whole symbol (finder centres pushed out by 3.5 modules). */
  quad: Quad;
  moduleSize: number;
}

/** Only the best-confirmed patterns take part: keeps the triple search small on busy frames. */
const MAX_PATTERNS = 24;
/** A pattern confirmed on a single scan line is too weak a signal to hold photos for review. */
const MIN_HITS = 2;
/** Perspective of a hand-held card may shrink one finder relative to another, but not by half. */
const MAX_MODULE_RATIO = 1.6;
/** Legs of the L: equal in a square symbol; 0.7 still admits a card tilted ~45° away from the lens. */
const MIN_LEG_RATIO = 0.7;
/** The hypotenuse must be within 15% of √2 × the legs: the three centres form a right angle. */
const HYPOTENUSE_TOLERANCE = 0.15;
/** Finder centres sit 14 modules apart in a version-1 symbol and 170 in version 40. */
const MIN_LEG_MODULES = 10;
const MAX_LEG_MODULES = 180;

/**
 * Three finder patterns of the same size forming an isosceles right angle, with a leg
 * length that a QR version allows: the geometry of a QR symbol, and not of anything a
 * portrait is likely to hold.
 */
export function findFinderTriples(patterns: FinderPattern[]): FinderTriple[] {
  const strong = patterns
    .filter((p) => p.hits >= MIN_HITS)
    .sort((a, b) => b.hits - a.hits)
    .slice(0, MAX_PATTERNS);
  const triples: FinderTriple[] = [];
  for (let i = 0; i < strong.length; i++) {
    for (let j = i + 1; j < strong.length; j++) {
      for (let k = j + 1; k < strong.length; k++) {
        const a = strong[i];
        const b = strong[j];
        const c = strong[k];
        if (!a || !b || !c) continue;
        const triple = asTriple(a, b, c);
        if (triple) triples.push(triple);
      }
    }
  }
  return triples;
}

function asTriple(a: FinderPattern, b: FinderPattern, c: FinderPattern): FinderTriple | null {
  const sizes = [a.moduleSize, b.moduleSize, c.moduleSize];
  if (Math.max(...sizes) / Math.min(...sizes) > MAX_MODULE_RATIO) return null;
  const moduleSize = (a.moduleSize + b.moduleSize + c.moduleSize) / 3;
  // The corner finder is the one opposite the longest side.
  const sides: [FinderPattern, FinderPattern, FinderPattern, number][] = [
    [c, a, b, distance(a, b)],
    [a, b, c, distance(b, c)],
    [b, a, c, distance(a, c)],
  ];
  sides.sort((p, q) => q[3] - p[3]);
  const longest = sides[0];
  if (!longest) return null;
  const [corner, end1, end2, hypotenuse] = longest;
  const leg1 = distance(corner, end1);
  const leg2 = distance(corner, end2);
  if (Math.min(leg1, leg2) / Math.max(leg1, leg2) < MIN_LEG_RATIO) return null;
  const expected = Math.hypot(leg1, leg2);
  if (Math.abs(hypotenuse - expected) > expected * HYPOTENUSE_TOLERANCE) return null;
  const legModules = (leg1 + leg2) / 2 / moduleSize;
  if (legModules < MIN_LEG_MODULES || legModules > MAX_LEG_MODULES) return null;
  return { corner, ends: [end1, end2], quad: symbolQuad(corner, end1, end2, legModules), moduleSize };
}

function symbolQuad(corner: Point, end1: Point, end2: Point, legModules: number): Quad {
  const fourth = { x: end1.x + end2.x - corner.x, y: end1.y + end2.y - corner.y };
  const centre = { x: (end1.x + end2.x) / 2, y: (end1.y + end2.y) / 2 };
  // Finder centres are 3.5 modules inside the symbol's edge.
  const grow = (legModules + 7) / legModules;
  const out = (p: Point): Point => ({ x: centre.x + (p.x - centre.x) * grow, y: centre.y + (p.y - centre.y) * grow });
  return [out(corner), out(end1), out(fourth), out(end2)];
}

function distance(p: Point, q: Point): number {
  return Math.hypot(p.x - q.x, p.y - q.y);
}
