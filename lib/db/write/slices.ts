/**
 * A long write's requests in time-boxed slices. Chromium's IndexedDB backend serves an
 * origin's requests on one sequence and runs all a transaction has queued in one task:
 * a rescore chunk's 2,000 lead puts (each checked against the unique `linkedinUrl`
 * index, ≈ 1 ms apiece) held it for up to 0.7 s, and a popup opened meanwhile waited
 * that long to open the database and again to read its figures, though it reads none of
 * the chunk's stores (a trace of the backend, docs/benchmarks.md). The write layer issues
 * a long write's records (its puts, deletes and change-log entries) a slice at a time,
 * the next once the last is stored: other pages' requests, queued meanwhile, are served
 * between two slices. The size follows the time the last slice took, so the gaps come
 * every `targetMs` on any machine and database; one round trip per slice is the cost.
 */

export type Slicer = <T>(items: readonly T[], write: (slice: T[]) => Promise<void>) => Promise<void>;

export type SlicerOptions = {
  /** How long one slice should take, in ms. */
  targetMs?: number;
  /** The first slice's size, before any slice was timed. */
  first?: number;
  min?: number;
  max?: number;
  now?: () => number;
};

/** A slicer that learns from each slice it writes (one per table of a long transaction: its records are alike). */
export function createSlicer({ targetMs = 40, first = 100, min = 10, max = 2_000, now = () => performance.now() }: SlicerOptions = {}): Slicer {
  let size = first;
  return async (items, write) => {
    for (let start = 0; start < items.length; ) {
      const slice = items.slice(start, start + size);
      const began = now();
      await write(slice);
      start += slice.length;
      const took = Math.max(now() - began, 0.5);
      // Halfway (geometrically) towards the size that would have taken the target: one slow
      // slice (a compaction, another page's reads) neither collapses nor doubles the next.
      const fitting = (slice.length * targetMs) / took;
      size = Math.round(Math.min(max, Math.max(min, Math.sqrt(size * fitting))));
    }
  };
}
