export interface Point {
  x: number;
  y: number;
}

/** Corners in order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];

export function quadCentre(quad: Quad): Point {
  return {
    x: (quad[0].x + quad[1].x + quad[2].x + quad[3].x) / 4,
    y: (quad[0].y + quad[1].y + quad[2].y + quad[3].y) / 4,
  };
}

export function scaleQuad(quad: Quad, factor: number): Quad {
  const s = (p: Point): Point => ({ x: p.x * factor, y: p.y * factor });
  return [s(quad[0]), s(quad[1]), s(quad[2]), s(quad[3])];
}

/**
 * Whether `p` lies inside the quad grown by `margin` (a fraction of its size) about its
 * centre. Works for any convex quad, whatever the winding.
 */
export function isInsideQuad(p: Point, quad: Quad, margin = 0): boolean {
  const c = quadCentre(quad);
  const grown = quad.map((q) => ({ x: c.x + (q.x - c.x) * (1 + margin), y: c.y + (q.y - c.y) * (1 + margin) }));
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = grown[i];
    const b = grown[(i + 1) % 4];
    if (!a || !b) return false;
    const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    if (cross === 0) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

/** The mean length of the quad's four edges: a symbol's side, whatever its tilt or perspective. */
export function quadSide(quad: Quad): number {
  let total = 0;
  for (let i = 0; i < 4; i++) {
    const a = quad[i] as Point;
    const b = quad[(i + 1) % 4] as Point;
    total += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return total / 4;
}
