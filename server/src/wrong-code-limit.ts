/**
 * Incorrect codes typed from one address, counted in fixed windows: a generated code is eight characters of a
 * 31-letter alphabet, and this keeps anyone from trying them by the million, while a school's parents
 * behind one address who mistype now and then never meet it. Only incorrect codes count, so a
 * family looking through a gallery is never slowed. Each server process counts on its own.
 */
export interface WrongCodeLimit {
  /** How long the address must wait before it may look a code up again; 0 when it may now. */
  waitMs(address: string, now?: number): number;
  /** The address typed a code that shows nothing. */
  recordWrong(address: string, now?: number): void;
}

/** Beyond this many addresses in the table, the ones whose window ended are dropped. */
const PRUNE_ABOVE = 10_000;

export function wrongCodeLimit(max = 30, windowMs = 10 * 60_000): WrongCodeLimit {
  const windows = new Map<string, { since: number; count: number }>();
  const current = (address: string, now: number) => {
    const entry = windows.get(address);
    return entry && now - entry.since < windowMs ? entry : undefined;
  };
  return {
    waitMs(address, now = Date.now()) {
      const entry = current(address, now);
      return entry && entry.count >= max ? windowMs - (now - entry.since) : 0;
    },
    recordWrong(address, now = Date.now()) {
      const entry = current(address, now);
      if (entry) {
        entry.count += 1;
        return;
      }
      if (windows.size >= PRUNE_ABOVE) {
        for (const [key, old] of windows) if (now - old.since >= windowMs) windows.delete(key);
      }
      windows.set(address, { since: now, count: 1 });
    },
  };
}
