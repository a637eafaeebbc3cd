/**
 * Durations kept as histograms, so a window's median, 90th percentile and
 * "answered within" shares come from a few counters per day instead of every
 * touch. Buckets are right-closed, (lower, upper], with the first one [0, 1 min],
 * so "within 5 minutes / 1 hour / 1 day" (d ≤ limit) is exact: those limits are
 * bucket edges. Resolution (the widest a bucket gets, so the most a median or
 * p90 read from its midpoint can be off by half of it):
 *   up to 1 hour: 1 minute; up to 1 day: 15 minutes; up to 7 days: 1 hour;
 *   up to 90 days: 1 day; up to 2 years: 1 week; beyond: one open bucket.
 */

const MINUTE = 60_000;

/** Upper edges in minutes, ascending; the bucket index is the position of the first edge ≥ the duration. */
export const BUCKET_EDGES: readonly number[] = (() => {
  const edges: number[] = [];
  const run = (to: number, step: number) => {
    for (let m = (edges.at(-1) ?? 0) + step; m <= to; m += step) edges.push(m);
  };
  run(60, 1);
  run(24 * 60, 15);
  run(7 * 24 * 60, 60);
  run(90 * 24 * 60, 24 * 60);
  run(2 * 365 * 24 * 60 + 7 * 24 * 60, 7 * 24 * 60);
  return edges;
})();

/** The open bucket past the last edge. */
export const OVERFLOW = BUCKET_EDGES.length;

/** Bucket of a duration in ms (negative durations count as zero). */
export function bucketOf(ms: number): number {
  const minutes = Math.max(0, ms) / MINUTE;
  // Binary search for the first edge ≥ minutes.
  let lo = 0;
  let hi = BUCKET_EDGES.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (BUCKET_EDGES[mid]! >= minutes) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The bucket's lower and upper edge in ms (the open bucket reports its lower edge for both). */
export function bucketRange(bucket: number): [number, number] {
  const lower = bucket === 0 ? 0 : (BUCKET_EDGES[bucket - 1] ?? BUCKET_EDGES.at(-1)!) * MINUTE;
  const upper = bucket >= OVERFLOW ? lower : BUCKET_EDGES[bucket]! * MINUTE;
  return [lower, upper];
}

/** The most a value read from this bucket can be off: half its width. */
export function bucketError(bucket: number): number {
  const [lower, upper] = bucketRange(bucket);
  return (upper - lower) / 2;
}

export type Histogram = Record<string, number>;

export type HistogramSummary = { count: number; median?: number; p90?: number; within5m?: number; within1h?: number; within1d?: number };

/** Sorted (bucket, count) pairs of a histogram. */
function entries(hist: Histogram): [number, number][] {
  return Object.entries(hist)
    .map(([b, n]) => [Number(b), n] as [number, number])
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
}

/** The value at a 0-based rank: the midpoint of the bucket holding it. */
function valueAt(sorted: [number, number][], rank: number): number {
  let seen = 0;
  for (const [bucket, n] of sorted) {
    seen += n;
    if (rank < seen) {
      const [lower, upper] = bucketRange(bucket);
      return (lower + upper) / 2;
    }
  }
  const last = sorted.at(-1);
  return last ? bucketRange(last[0])[1] : 0;
}

/**
 * The same figures `summarize` computes from exact durations, read from a
 * histogram: median (mean of the two middle ranks when even) and nearest-rank
 * p90 to within half a bucket; the shares exactly. `dayMs`: what "within 1 day"
 * means (a bucket edge: 24 hours, or a working day's 8 for business hours).
 */
export function summarizeHistogram(hist: Histogram, dayMs = 24 * 60 * MINUTE): HistogramSummary {
  const sorted = entries(hist);
  const count = sorted.reduce((s, [, n]) => s + n, 0);
  if (count === 0) return { count: 0 };
  const median = count % 2 ? valueAt(sorted, (count - 1) / 2) : (valueAt(sorted, count / 2 - 1) + valueAt(sorted, count / 2)) / 2;
  const p90 = valueAt(sorted, Math.min(count - 1, Math.max(0, Math.ceil(0.9 * count) - 1)));
  const within = (limitMs: number) => {
    const last = bucketOf(limitMs);
    return sorted.reduce((s, [b, n]) => (b <= last ? s + n : s), 0) / count;
  };
  return { count, median, p90, within5m: within(5 * MINUTE), within1h: within(60 * MINUTE), within1d: within(dayMs) };
}
