/** Small statistics for the bench: medians and a compact summary of a sample. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(values: number[]): Summary {
  return { n: values.length, median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * How far apart two samples' medians are, as a percentage of `baseline`'s median, with a 95 % bootstrap
 * interval (resampling both, a fixed seed so a run is repeatable): an interval that holds 0 is noise.
 */
export function medianDifferencePercent(
  sample: number[],
  baseline: number[],
  resamples = 2000,
): { percent: number; low: number; high: number } {
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const pick = (xs: number[]) => Array.from(xs, () => xs[Math.floor(random() * xs.length)]!);
  const percent = (a: number[], b: number[]) => ((median(a) - median(b)) / median(b)) * 100;
  const spread = Array.from({ length: resamples }, () => percent(pick(sample), pick(baseline))).sort((a, b) => a - b);
  return {
    percent: round(percent(sample, baseline), 1),
    low: round(spread[Math.floor(resamples * 0.025)]!, 1),
    high: round(spread[Math.ceil(resamples * 0.975) - 1]!, 1),
  };
}
