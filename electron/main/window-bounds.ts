export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Smaller than this, the workspace's grid and side panels no longer fit side by side. */
export const MIN_SIZE = { width: 1024, height: 700 } as const;
/** The first start's size, before she has moved or resized anything. */
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * Where the window opens: where it was, on the display it mostly lay on, if that display is still
 * there; otherwise centred on the primary display (`workAreas[0]`), as when a laptop has been
 * unplugged from the monitor it was on. At least MIN_SIZE, never larger than the work area (a small
 * screen wins over the minimum), and wholly inside it.
 */
export function restoreBounds(saved: Rect | null, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0];
  if (!primary) return { x: 0, y: 0, ...DEFAULT_SIZE };
  let home: Rect | undefined;
  let best = 0;
  for (const area of saved ? workAreas : []) {
    const shared = overlap(saved as Rect, area);
    if (shared > best) [home, best] = [area, shared];
  }
  const area = home ?? primary;
  const wanted = saved ?? DEFAULT_SIZE;
  const width = clamp(Math.round(wanted.width), Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(Math.round(wanted.height), Math.min(MIN_SIZE.height, area.height), area.height);
  if (!home || !saved) {
    return { x: area.x + Math.floor((area.width - width) / 2), y: area.y + Math.floor((area.height - height) / 2), width, height };
  }
  return { x: clamp(Math.round(saved.x), area.x, area.x + area.width - width), y: clamp(Math.round(saved.y), area.y, area.y + area.height - height), width, height };
}
