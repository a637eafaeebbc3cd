import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readKeptMetrics, rebuildKeptTotals, type KeptMetrics } from '@/lib/db/kept-metrics';
import { sendToBackground } from '@/lib/messaging/transport';
import { useDb } from '../db-context';

/**
 * The kept totals behind the popup's figures (a handful of records), live. When
 * they disagree with each other the read has already recomputed them from the
 * leads; here the background is asked to rebuild them, so the next open is fast again.
 */
export function useKeptMetrics(): KeptMetrics | undefined {
  const db = useDb();
  const kept = useLiveQuery(() => readKeptMetrics(db), [db]);
  const stale = kept?.stale === true;
  useEffect(() => {
    // The background walks the leads (a popup may close mid-walk, which would abort it here);
    // with no background to ask (a test page), the page does it itself.
    if (stale) void sendToBackground({ type: 'totals.rebuild' }).catch(() => rebuildKeptTotals(db, Date.now()).catch(() => undefined));
  }, [stale, db]);
  return kept;
}
