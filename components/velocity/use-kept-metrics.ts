import { useLiveQuery } from 'dexie-react-hooks';
import { readKeptMetrics, type KeptMetrics } from '@/lib/db/kept-metrics';
import { useDb } from '../db-context';
import { useKeptRebuild } from '../use-kept-rebuild';

/** The kept totals when they can be shown; 'updating' while a rebuild runs; undefined while reading. */
export type Kept = Extract<KeptMetrics, { stale: false }>;

/**
 * The kept totals behind the popup's figures (a handful of records), live. When
 * they disagree with each other nothing is shown from them: the background is
 * asked to rebuild them, and the live query shows the rebuilt ones.
 */
export function useKeptMetrics(read = true): Kept | 'updating' | undefined {
  const db = useDb();
  const kept = useLiveQuery(() => (read ? readKeptMetrics(db) : undefined), [db, read]);
  useKeptRebuild(db, kept?.stale === true);
  return kept === undefined ? undefined : kept.stale ? 'updating' : kept;
}
