import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readKeptMetrics, rebuildKeptTotals, type KeptMetrics } from '@/lib/db/kept-metrics';
import { useDb } from '../db-context';

/**
 * The kept totals behind the popup's figures (a handful of records), live. When
 * they disagree with each other the read has already recomputed them from the
 * leads; here they are rebuilt, once, so the next open is fast again.
 */
export function useKeptMetrics(): KeptMetrics | undefined {
  const db = useDb();
  const kept = useLiveQuery(() => readKeptMetrics(db), [db]);
  const stale = kept?.stale === true;
  useEffect(() => {
    if (stale) void rebuildKeptTotals(db, Date.now()).catch(() => undefined);
  }, [stale, db]);
  return kept;
}
