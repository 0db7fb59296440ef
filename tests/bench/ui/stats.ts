/** Nearest-rank percentile (p in 0–100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** "12 ms (10–15)": the median of the runs and their range, or just the value when all runs agree. */
export function spread(values: readonly number[], unit: string, digits = 0): string {
  const format = (value: number): string => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const middle = unit === '' ? format(median(values)) : `${format(median(values))} ${unit}`;
  const [low, high] = [format(Math.min(...values)), format(Math.max(...values))];
  return low === high ? middle : `${middle} (${low}–${high})`;
}
