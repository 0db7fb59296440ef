/** How many walk-up cards (spare subjects) a job should have: a number, or a share of its names list. */
export type SparesTarget = { count: number } | { percent: number };

export const MAX_SPARES = 1000;

/** `12` (spare subjects) or `10%` (of the names list), as typed on the command line or in the window; null otherwise. */
export function parseSparesTarget(text: string): SparesTarget | null {
  const typed = text.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(typed);
  if (percent) {
    const value = Number(percent[1]);
    return value <= 100 ? { percent: value } : null;
  }
  if (!/^\d+$/.test(typed)) return null;
  const count = Number(typed);
  return count <= MAX_SPARES ? { count } : null;
}
