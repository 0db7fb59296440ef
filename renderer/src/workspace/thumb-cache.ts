/**
 * URLs of thumbnails already painted, so a cell the grid recycles shows its image at once instead
 * of fading in again. Bounded: a scroll through 20,000 photos must not grow it for ever.
 */
const LIMIT = 4000;
const loaded = new Set<string>();
const waiting = new Set<() => void>();

export function wasLoaded(url: string): boolean {
  return loaded.has(url);
}

export function markLoaded(url: string): void {
  loaded.delete(url);
  loaded.add(url);
  if (loaded.size > LIMIT) {
    const oldest = loaded.values().next().value;
    if (oldest !== undefined) loaded.delete(oldest);
  }
  for (const wake of waiting) wake();
}

/**
 * Resolves once a thumbnail has been painted, or after `ms` when none is (a view without any): work
 * that can wait, started then, does not hold up the first screen's thumbnails, whose requests are
 * by that time all on their way.
 */
export function thumbPainted(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const wake = (): void => {
      clearTimeout(timer);
      waiting.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    waiting.add(wake);
  });
}
