/**
 * URLs of thumbnails already painted, so a cell the grid recycles shows its image at once instead
 * of fading in again. Bounded: a scroll through 20,000 photos must not grow it for ever.
 */
const LIMIT = 4000;
const loaded = new Set<string>();
/** Thumbnails on screen whose image is on its way. */
const loading = new Set<string>();
/** Work waiting for the screen's thumbnails; `painted`: one has been painted since it began to wait. */
const waiting = new Set<{ painted: boolean; wake: () => void }>();

export function wasLoaded(url: string): boolean {
  return loaded.has(url);
}

/** A thumbnail on screen has asked for its image. */
export function markLoading(url: string): void {
  loading.add(url);
}

export function markLoaded(url: string): void {
  loading.delete(url);
  loaded.delete(url);
  loaded.add(url);
  if (loaded.size > LIMIT) {
    const oldest = loaded.values().next().value;
    if (oldest !== undefined) loaded.delete(oldest);
  }
  for (const waiter of waiting) waiter.painted = true;
  settle();
}

/** A thumbnail no longer waits for its image: it failed, or left the screen before it came. */
export function stopLoading(url: string): void {
  if (loading.delete(url)) settle();
}

function settle(): void {
  if (loading.size > 0) return;
  for (const waiter of waiting) if (waiter.painted) waiter.wake();
}

/**
 * Resolves once the thumbnails on screen are painted (at least one, and none still on its way), or
 * after `ms` when that does not happen (a view without any). Work that can wait, started then, does
 * not hold up the first screen: the thumbnails come from core's one thread, as its answers do.
 */
export function thumbsPainted(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const waiter = {
      painted: false,
      wake: (): void => {
        clearTimeout(timer);
        waiting.delete(waiter);
        resolve();
      },
    };
    const timer = setTimeout(waiter.wake, ms);
    waiting.add(waiter);
  });
}
