/** Small statistics for the bench: median and percentiles by linear interpolation (as numpy's default). */

/** The p-th percentile (0–100) of values; NaN for an empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0–100`);
  const s = [...values].sort((a, b) => a - b);
  const at = (p / 100) * (s.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** n, median, p90, min and max of a sample (rounded to 0.1). */
export function summarize(values: readonly number[]): { n: number; median: number; p90: number; min: number; max: number } {
  const r = (x: number) => Math.round(x * 10) / 10;
  if (!values.length) return { n: 0, median: 0, p90: 0, min: 0, max: 0 };
  return { n: values.length, median: r(median(values)), p90: r(percentile(values, 90)), min: r(Math.min(...values)), max: r(Math.max(...values)) };
}
