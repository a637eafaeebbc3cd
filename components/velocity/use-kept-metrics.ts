import { useLiveQuery } from 'dexie-react-hooks';
import { readKeptMetrics } from '@/lib/db/kept-metrics';
import type { Kept } from '@/lib/metrics/figures/kept';
import { localizePipeline } from '@/lib/i18n/default-names';
import { useDb } from '../db-context';
import { useKeptRebuild } from '../use-kept-rebuild';

export type { Kept } from '@/lib/metrics/figures/kept';

/**
 * The kept totals behind the popup's figures (a handful of records), live. When
 * they disagree with each other nothing is shown from them: the background is
 * asked to rebuild them, and the live query shows the rebuilt ones.
 */
export function useKeptMetrics(read = true): Kept | 'updating' | undefined {
  const db = useDb();
  const kept = useLiveQuery(async () => {
    if (!read) return undefined;
    const metrics = await readKeptMetrics(db);
    // Shipped stage names read in the rep's language until renamed.
    return metrics.stale ? metrics : { ...metrics, pipeline: localizePipeline(metrics.pipeline) };
  }, [db, read]);
  useKeptRebuild(db, kept?.stale === true);
  return kept === undefined ? undefined : kept.stale ? 'updating' : kept;
}
