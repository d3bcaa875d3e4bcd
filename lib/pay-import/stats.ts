// Order statistics for imported pay: the median and quartiles of offered monthly pay.

/**
 * The q-quantile of sorted values by linear interpolation between closest ranks (the method of
 * Excel's QUARTILE.INC, R's type 7 and NumPy's default), so editors can reproduce it.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values');
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/** Median and quartiles, rounded to whole roubles. */
export function summarize(values: readonly number[]): { amount: number; q1: number; q3: number; count: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { amount: Math.round(quantile(sorted, 0.5)), q1: Math.round(quantile(sorted, 0.25)), q3: Math.round(quantile(sorted, 0.75)), count: sorted.length };
}
