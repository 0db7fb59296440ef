/**
 * URLs of thumbnails already painted, so a cell the grid recycles shows its image at once instead
 * of fading in again. Bounded: a scroll through 20,000 photos must not grow it for ever.
 */
const LIMIT = 4000;
const loaded = new Set<string>();

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
}
